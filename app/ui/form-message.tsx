/** The outcome of a form's action, announced to screen readers as it appears. */
export function FormMessage({ message, tone }: { message?: string; tone: "error" | "success" }) {
  if (!message) return null;
  const look = tone === "error" ? "border-rose-200 bg-rose-50 text-rose-800" : "border-emerald-200 bg-emerald-50 text-emerald-800";
  return (
    <p role={tone === "error" ? "alert" : "status"} className={`rounded-lg border px-3 py-2 text-sm ${look}`}>
      {message}
    </p>
  );
}
