/** A few lines of code beside the lesson: usually the Flask the tutorial wrote. Dark in both themes, so fixed colours. */
import { getMessages } from "@/lib/i18n";

export async function CodeSample({ label, code }: { label?: string; code: string }) {
  const { common } = await getMessages();
  return (
    <figure className="overflow-hidden rounded-xl border border-[#1e293b] bg-[#0f172a] text-sm">
      <figcaption className="border-b border-[#334155] px-4 py-2 text-xs font-medium text-[#cbd5e1]">{label ?? common.flaskSample}</figcaption>
      <pre className="overflow-x-auto p-4 font-mono leading-relaxed text-[#f1f5f9]">
        <code>{code.trim()}</code>
      </pre>
    </figure>
  );
}
