/** Where the lesson's code lives in this repository: each file a link to the source viewer. */
import { SourceLink } from "@/app/ui/source-link";
import { showableSourcePath } from "@/lib/code-excerpts/source-path";
import { getMessages } from "@/lib/i18n";

export async function SourceFiles({ files, title }: { files: string[]; title?: string }) {
  const { common } = await getMessages();
  return (
    <div className="text-sm">
      <p className="mb-2 font-medium text-slate-700">{title ?? common.sourceFiles}</p>
      <ul className="space-y-1 text-xs">
        {files.map((file) => (
          <li key={file}>
            {/* A file the viewer does not show (prisma/, a config file) is named, not linked. */}
            {showableSourcePath(file.split("/")) ? <SourceLink file={file} /> : <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-700">{file}</code>}
          </li>
        ))}
      </ul>
    </div>
  );
}
