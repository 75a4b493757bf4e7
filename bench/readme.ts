// Keeps the README's Performance table the latest run's: `npm run bench` rewrites what stands
// between two markers, and nothing else.
export const README_START = "<!-- bench:start (npm run bench writes this table) -->";
export const README_END = "<!-- bench:end -->";

/** The README with `table` between the markers; unchanged when the markers are not both there. */
export function withBenchTable(readme: string, table: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start === -1 || end < start) return readme;
  return `${readme.slice(0, start + README_START.length)}\n${table.trim()}\n${readme.slice(end)}`;
}
