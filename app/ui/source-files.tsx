/** Where the lesson's code lives in this repository. */
import { getMessages } from "@/lib/i18n";

export async function SourceFiles({ files }: { files: string[] }) {
  const { common } = await getMessages();
  return (
    <div className="text-sm">
      <p className="mb-2 font-medium text-slate-700">{common.sourceFiles}</p>
      <ul className="space-y-1">
        {files.map((file) => (
          <li key={file}>
            <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700">{file}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
