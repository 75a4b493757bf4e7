/** A few lines of code beside the lesson: usually the Flask the tutorial wrote. */
export function CodeSample({ label, code }: { label: string; code: string }) {
  return (
    <figure className="overflow-hidden rounded-xl border border-slate-800 bg-slate-900 text-sm">
      <figcaption className="border-b border-slate-700 px-4 py-2 text-xs font-medium text-slate-300">{label}</figcaption>
      <pre className="overflow-x-auto p-4 font-mono leading-relaxed text-slate-100">
        <code>{code.trim()}</code>
      </pre>
    </figure>
  );
}
