/** A few lines of code beside the lesson: usually the Flask the tutorial wrote. Dark in both themes, so fixed colours. */
import { getMessages } from "@/lib/i18n";

/** `wrap` folds long lines (terminal output to read whole) instead of scrolling them sideways. */
export async function CodeSample({ label, code, wrap = false }: { label?: string; code: string; wrap?: boolean }) {
  const { common } = await getMessages();
  return (
    <figure className="overflow-hidden rounded-xl border border-[#1e293b] bg-[#0f172a] text-sm">
      <figcaption className="border-b border-[#334155] px-4 py-2 text-xs font-medium text-[#cbd5e1]">{label ?? common.flaskSample}</figcaption>
      <pre className={`overflow-x-auto p-4 font-mono leading-relaxed text-[#f1f5f9] ${wrap ? "break-words whitespace-pre-wrap" : ""}`}>
        <code>{code.trim()}</code>
      </pre>
    </figure>
  );
}
