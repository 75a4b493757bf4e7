// The code panels and the source viewer: Flask beside the Next.js that does the same.
export const code = {
  codePanel: {
    title: "The code: Flask, and ours",
    intro: "The Flask you know, and the code this page really runs, read from its files. A number marks each pair of lines that do the same thing.",
    ours: "Next.js (TypeScript), from this project",
    lines: "lines {from}–{to}",
    openFile: "Open {file} whole",
    moreFiles: "More of the code behind this page",
    jumpToSession: "The session",
  },
  source: {
    pageTitle: "Source: {file}",
    intro: "This file as the server runs it, read from the project folder.",
    marked: "The lines the lesson shows are marked ({from}–{to}).",
    back: "Back to the lessons",
    lineCount: "{lines} lines",
  },
  longPages: {
    details: "The details",
  },
};
