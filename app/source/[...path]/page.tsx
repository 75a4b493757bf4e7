import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { CodeBlock } from "@/app/ui/code-block";
import { TextLink } from "@/app/ui/links";
import { getSourceView } from "@/lib/code-excerpts";
import { showableSourcePath } from "@/lib/code-excerpts/source-path";
import { format, getMessages } from "@/lib/i18n";

type Props = { params: Promise<{ path: string[] }>; searchParams: Promise<{ region?: string | string[] }> };

/**
 * The requested file, or null. Each segment is decoded once more on top of what the router did,
 * and only then checked: whatever the encoding, a "..", a dot-file or a slash inside a segment is
 * refused by showableSourcePath, never resolved.
 */
function requestedFile(segments: string[]): string | null {
  try {
    return showableSourcePath(segments.map((segment) => decodeURIComponent(segment)));
  } catch {
    return null; // a malformed escape (%E0%A4%A) is not a file name
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const file = requestedFile((await params).path);
  const { source } = await getMessages();
  return { title: file ? format(source.pageTitle, { file }) : undefined, robots: { index: false } };
}

/** One source file of the project, whole, with the lines a lesson excerpted marked (?region=name). */
export default async function SourcePage({ params, searchParams }: Props) {
  const [{ path }, { region }, { source: text }] = await Promise.all([params, searchParams, getMessages()]);
  const file = requestedFile(path);
  const view = file ? await getSourceView(file, typeof region === "string" ? region : null) : null;
  if (!view) notFound();

  return (
    <>
      <div className="mb-6 max-w-3xl">
        <p className="text-sm font-medium text-indigo-700">{format(text.lineCount, { lines: view.lineCount })}</p>
        <h1 className="mt-1 font-mono text-xl font-semibold tracking-tight break-all sm:text-2xl" data-testid="source-file">
          {view.file}
        </h1>
        <div className="mt-3 space-y-2 text-sm text-slate-600">
          <p>{text.intro}</p>
          {view.marked && <p data-testid="source-marked">{format(text.marked, { from: view.marked.from, to: view.marked.to })}</p>}
          <p>
            <TextLink href="/">{text.back}</TextLink>
          </p>
        </div>
      </div>
      <CodeBlock html={view.html} label={view.file} testId="source-code" />
    </>
  );
}
