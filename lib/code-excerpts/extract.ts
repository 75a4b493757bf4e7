// Pure text work, no file system: the unit tests feed it strings, lib/code-excerpts/index.ts feeds it files.

/** A region's code as a lesson shows it, and where it sits in its file (1-based, inclusive). */
export interface Region {
  code: string;
  firstLine: number;
  lastLine: number;
}

/**
 * A marker line: `// #region name` in code, `{/* #region name *\/}` inside JSX, `/* #region name *\/` in CSS.
 * One syntax family, so every .ts, .tsx and .css file marks its regions the same way.
 */
const MARKER = /^\s*(?:\/\/|\{?\/\*)\s*#(region|endregion)\s+([\w-]+)\s*(?:\*\/\}?)?\s*$/;

export class RegionError extends Error {}

/** The widest indentation every non-blank line shares, removed, so an excerpt starts at column 0. */
export function dedent(lines: string[]): string[] {
  const indents = lines.filter((line) => line.trim() !== "").map((line) => line.length - line.trimStart().length);
  const common = indents.length === 0 ? 0 : Math.min(...indents);
  return lines.map((line) => line.slice(common));
}

/**
 * The lines between `#region name` and `#endregion name`, marker lines of any region removed, dedented.
 * A missing, unclosed or empty region throws: a lesson must never show an empty panel.
 */
export function extractRegion(source: string, name: string, file = "source"): Region {
  const lines = source.split(/\r?\n/);
  const start = lines.findIndex((line) => MARKER.exec(line)?.slice(1).join(" ") === `region ${name}`);
  if (start === -1) throw new RegionError(`${file}: no "#region ${name}"`);
  const end = lines.findIndex((line, index) => index > start && MARKER.exec(line)?.slice(1).join(" ") === `endregion ${name}`);
  if (end === -1) throw new RegionError(`${file}: "#region ${name}" is never closed by "#endregion ${name}"`);

  // Each kept line with its number in the file, so the viewer can mark the excerpt where it sits.
  const body = lines
    .slice(start + 1, end)
    .map((text, index) => ({ text, line: start + 2 + index }))
    .filter(({ text }) => !MARKER.test(text));
  // Blank lines at either end are layout, not code.
  while (body.length > 0 && body[0].text.trim() === "") body.shift();
  while (body.length > 0 && body[body.length - 1].text.trim() === "") body.pop();
  if (body.length === 0) throw new RegionError(`${file}: "#region ${name}" is empty`);

  return { code: dedent(body.map(({ text }) => text)).join("\n"), firstLine: body[0].line, lastLine: body[body.length - 1].line };
}
