import "server-only";

import { readFile, realpath } from "node:fs/promises";
import path from "node:path";

import { extractRegion, type Region } from "./extract";
import { highlight, languageOf, type CodeLanguage } from "./highlight";
import { locatePairs } from "./pairs";
import { CODE_PANELS, type CodePanelId, type CodePanelSpec, type ExcerptSource } from "./registry";
import { showableSourcePath } from "./source-path";

export type { CodePanelId } from "./registry";

/**
 * The files are read from the project folder at run time (`next start` runs there), not bundled:
 * the viewer can show any source file whole, and a copy of the source tree inside the build would
 * be a second, possibly stale, copy of what a learner reads. Read once a process, then memoised.
 */
const ROOT = process.cwd();

const files = new Map<string, Promise<string | null>>();

async function readShowable(file: string): Promise<string | null> {
  const relative = showableSourcePath(file.split("/"));
  if (relative === null) return null;
  try {
    // A symbolic link could lead out of the project: what counts is where the file really is.
    // turbopackIgnore: these reads are meant for run time; traced, they would copy the project into the build.
    const real = await realpath(path.join(/*turbopackIgnore: true*/ ROOT, relative));
    const root = await realpath(/*turbopackIgnore: true*/ ROOT);
    if (!real.startsWith(root + path.sep)) return null;
    return await readFile(real, "utf8");
  } catch {
    return null;
  }
}

/** A project source file's text, or null when the path is not one a page may show or the file is absent. */
export function readSource(file: string): Promise<string | null> {
  let text = files.get(file);
  if (!text) {
    text = readShowable(file);
    files.set(file, text);
  }
  return text;
}

/** A region of a source file, read from disk: what a panel shows and where it sits. */
export interface RegionSource extends ExcerptSource, Region {
  language: CodeLanguage;
}

/** A marked region of a project file. Missing, unclosed or empty: it throws, naming the file. */
export async function readRegion({ file, region }: ExcerptSource): Promise<RegionSource> {
  const source = await readSource(file);
  const language = languageOf(file);
  if (source === null || language === null) throw new Error(`${file}: not a source file a lesson can show`);
  return { file, region, language, ...extractRegion(source, region, file) };
}

/** One of our excerpts on a panel, highlighted, its callouts drawn. */
export interface PanelExcerpt extends RegionSource {
  html: string;
}

/** Everything a code panel shows, highlighted once. */
export interface CodePanel {
  flaskLabel: CodePanelSpec["flaskLabel"];
  flask: string;
  flaskHtml: string;
  ours: PanelExcerpt[];
  express?: string;
  pairCount: number;
}

async function buildPanel(spec: CodePanelSpec): Promise<CodePanel> {
  const regions = await Promise.all(spec.ours.map(readRegion));
  const flask = spec.flask.trim();
  const callouts = locatePairs(flask, regions.map(({ code }) => code), spec.pairs);
  const [flaskHtml, ...ours] = await Promise.all([
    highlight(flask, "python", { callouts: callouts.flask }),
    ...regions.map((region, index) => highlight(region.code, region.language, { firstLine: region.firstLine, callouts: callouts.ours[index] })),
  ]);
  return {
    flaskLabel: spec.flaskLabel,
    flask,
    flaskHtml,
    ours: regions.map((region, index) => ({ ...region, html: ours[index] })),
    express: spec.express,
    pairCount: spec.pairs.length,
  };
}

const panels = new Map<CodePanelId, Promise<CodePanel>>();

/**
 * A lesson's code panel, read and highlighted once a process: every later request gets the same
 * promise. A region gone missing throws here (and in the registry test), never an empty panel.
 */
export function getCodePanel(id: CodePanelId): Promise<CodePanel> {
  let panel = panels.get(id);
  if (!panel) {
    panel = buildPanel(CODE_PANELS[id]);
    panels.set(id, panel);
  }
  return panel;
}

/** A whole file for the source viewer: highlighted, every line an anchor, a region's lines marked. */
export interface SourceView {
  file: string;
  html: string;
  lineCount: number;
  marked: { from: number; to: number } | null;
}

const views = new Map<string, Promise<SourceView | null>>();

async function buildView(file: string, region: string | null): Promise<SourceView | null> {
  const [source, language] = [await readSource(file), languageOf(file)];
  if (source === null || language === null) return null;
  let marked: SourceView["marked"] = null;
  if (region !== null) {
    try {
      const { firstLine, lastLine } = extractRegion(source, region, file);
      marked = { from: firstLine, to: lastLine };
    } catch {
      // An unknown region marks nothing: the file is still worth showing.
    }
  }
  const text = source.replace(/\n$/, "");
  return { file, html: await highlight(text, language, { marked, anchors: true }), lineCount: text.split("\n").length, marked };
}

/**
 * A project file as the viewer shows it, or null when it is not one a page may show. Memoised by
 * file and region, like the panels: the keys are the files that exist and the regions they mark.
 */
export async function getSourceView(file: string, region: string | null): Promise<SourceView | null> {
  if ((await readSource(file)) === null) return null;
  const known = region !== null && /^[\w-]{1,64}$/.test(region) ? region : null;
  const key = `${file}#${known ?? ""}`;
  let view = views.get(key);
  if (!view) {
    view = buildView(file, known);
    views.set(key, view);
  }
  return view;
}
