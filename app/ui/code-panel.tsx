import { CodeBlock } from "@/app/ui/code-block";
import { SourceFiles } from "@/app/ui/source-files";
import { SourceLink } from "@/app/ui/source-link";
import { getCodePanel, type CodePanelId } from "@/lib/code-excerpts";
import { format, getMessages } from "@/lib/i18n";

/**
 * A lesson's code: the Flask it replaces beside the real files that do it here, read from the
 * project (marked regions), with numbered callouts on the lines that do the same thing. Side by
 * side from 1024 px, stacked below.
 */
export async function CodePanel({ id, files = [] }: { id: CodePanelId; files?: string[] }) {
  const [panel, { codePanel: text, codeSamples, common }] = await Promise.all([getCodePanel(id), getMessages()]);
  const flaskLabel = panel.flaskLabel === "flaskSample" ? common.flaskSample : codeSamples[panel.flaskLabel];
  return (
    <section className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5 lg:col-span-full" data-testid="code-panel" aria-labelledby={`code-panel-${id}`}>
      <h2 id={`code-panel-${id}`} className="text-base font-semibold text-slate-900">
        {text.title}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{text.intro}</p>

      <div className="mt-4 grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        {/* The Flask is short and our side long: from 1024 px it stays in view while ours scrolls by. */}
        <figure className="min-w-0 lg:sticky lg:top-4 lg:self-start" data-testid="flask-code">
          <figcaption className="mb-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase">{flaskLabel}</figcaption>
          <CodeBlock html={panel.flaskHtml} label={flaskLabel} />
        </figure>

        <div className="min-w-0 space-y-3">
          <p className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{text.ours}</p>
          {panel.ours.map((excerpt) => (
            <figure key={`${excerpt.file}#${excerpt.region}`} className="min-w-0" data-testid="our-code" data-file={excerpt.file} data-region={excerpt.region}>
              <figcaption className="mb-1.5 flex flex-wrap items-baseline justify-between gap-x-3 text-xs">
                <SourceLink file={excerpt.file} region={{ name: excerpt.region, firstLine: excerpt.firstLine }} label={format(text.openFile, { file: excerpt.file })} />
                <span className="text-slate-500">{format(text.lines, { from: excerpt.firstLine, to: excerpt.lastLine })}</span>
              </figcaption>
              <CodeBlock html={excerpt.html} label={excerpt.file} />
            </figure>
          ))}
        </div>
      </div>

      {panel.express && (
        <p className="mt-4 text-sm text-slate-600">
          {codeSamples.inExpress} <code className="font-mono text-xs wrap-anywhere text-slate-800">{panel.express}</code>
        </p>
      )}
      {files.length > 0 && (
        <div className="mt-4 border-t border-slate-100 pt-4">
          <SourceFiles files={files} title={text.moreFiles} />
        </div>
      )}
    </section>
  );
}
