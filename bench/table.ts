// Tables for the terminal and for Markdown, from the same cells.

export type Align = "left" | "right";

export interface Table {
  headers: string[];
  align: Align[];
  rows: string[][];
}

const pad = (text: string, width: number, align: Align) => (align === "right" ? text.padStart(width) : text.padEnd(width));

/** Columns padded to their widest cell, two spaces apart, a rule under the headers. */
export function textTable({ headers, align, rows }: Table): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: string[]) => cells.map((cell, column) => pad(cell, widths[column]!, align[column] ?? "left")).join("  ").trimEnd();
  return [line(headers), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}

const escapeCell = (text: string) => text.replace(/\|/g, "\\|");

export function markdownTable({ headers, align, rows }: Table): string {
  const rule = headers.map((_, column) => (align[column] === "right" ? "---:" : "---"));
  const line = (cells: string[]) => `| ${cells.map(escapeCell).join(" | ")} |`;
  return [line(headers), `| ${rule.join(" | ")} |`, ...rows.map(line)].join("\n");
}
