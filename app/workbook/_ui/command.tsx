/** A command to type, on one line of its own, scrolling rather than wrapping on a phone. */
export function Command({ children }: { children: string }) {
  return (
    <pre className="overflow-x-auto rounded-lg border border-[#1e293b] bg-[#0f172a] px-4 py-3 font-mono text-sm text-[#f1f5f9]">
      <code>{children}</code>
    </pre>
  );
}
