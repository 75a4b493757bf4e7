import "server-only";

import { createHighlighterCore, type HighlighterCore, type ShikiTransformer } from "shiki/core";
import { createJavaScriptRegexEngine } from "shiki/engine/javascript";

/** The languages the lessons show: ours, the Flask beside it, and the shell lines around both. */
export type CodeLanguage = "ts" | "tsx" | "css" | "js" | "python" | "sh";

const GRAMMAR: Record<CodeLanguage, string> = { ts: "typescript", tsx: "tsx", css: "css", js: "javascript", python: "python", sh: "shellscript" };

/** What a file's name says its language is, or null for a file the lessons never show. */
export function languageOf(file: string): CodeLanguage | null {
  const extension = /\.(tsx?|css|mjs)$/.exec(file)?.[1];
  if (extension === "mjs") return "js";
  return extension === "ts" || extension === "tsx" || extension === "css" ? extension : null;
}

/**
 * One highlighter a process, created on first use: loading the grammars is the slow part, so no
 * request pays it twice. The JavaScript regex engine keeps WebAssembly out of the server bundle.
 */
let highlighter: Promise<HighlighterCore> | undefined;
function getHighlighter(): Promise<HighlighterCore> {
  highlighter ??= createHighlighterCore({
    themes: [import("shiki/themes/github-light.mjs"), import("shiki/themes/github-dark.mjs")],
    langs: [
      import("shiki/langs/typescript.mjs"),
      import("shiki/langs/tsx.mjs"),
      import("shiki/langs/css.mjs"),
      import("shiki/langs/javascript.mjs"),
      import("shiki/langs/python.mjs"),
      import("shiki/langs/shellscript.mjs"),
    ],
    engine: createJavaScriptRegexEngine(),
  });
  return highlighter;
}

export interface HighlightOptions {
  /** The number the first line shows: the excerpt's line in its file. */
  firstLine?: number;
  /** Callout numbers by line (1-based within the code): the line pairs the panel draws. */
  callouts?: ReadonlyMap<number, readonly number[]>;
  /** Lines (file numbers) to mark, as the viewer marks an excerpt in its whole file. */
  marked?: { from: number; to: number } | null;
  /** An id on every line (L1, L2, ...), so a link can point at a line: the viewer's, once a page. */
  anchors?: boolean;
}

/** Line numbers, callouts and marks as data attributes: the styling lives in app/code.css. */
function lineAttributes({ firstLine = 1, callouts, marked, anchors }: HighlightOptions): ShikiTransformer {
  return {
    line(node, line) {
      const number = firstLine + line - 1;
      node.properties["data-line"] = number;
      const callout = callouts?.get(line);
      if (callout) node.properties["data-callout"] = callout.join(" ");
      if (marked && number >= marked.from && number <= marked.to) node.properties["data-marked"] = "";
      if (anchors) node.properties.id = `L${number}`;
    },
  };
}

/**
 * Code as HTML with both themes in it: the light colours inline, the dark ones as --shiki-dark
 * variables that the dark theme switches to, so one render serves either theme.
 */
export async function highlight(code: string, language: CodeLanguage, options: HighlightOptions = {}): Promise<string> {
  return (await getHighlighter()).codeToHtml(code, {
    lang: GRAMMAR[language],
    themes: { light: "github-light", dark: "github-dark" },
    defaultColor: "light",
    transformers: [lineAttributes(options)],
  });
}
