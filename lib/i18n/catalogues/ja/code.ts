import type { CatalogueShape } from "../../format";
import type { code as english } from "../en/code";

// The code panels and the source viewer: Flask beside the Next.js that does the same.
export const code: CatalogueShape<typeof english> = {
  codePanel: {
    title: "コード：Flask と、このアプリのコード",
    intro: "おなじみの Flask と、このページが実際に動かしているコード（ファイルから読み込んだもの）です。同じ働きをする行どうしに同じ番号が付いています。",
    ours: "Next.js（TypeScript）、このプロジェクトのコード",
    lines: "{from}〜{to} 行目",
    openFile: "{file} 全体を開く",
    moreFiles: "このページを支えるほかのコード",
    jumpToSession: "セッション",
  },
  source: {
    pageTitle: "ソース：{file}",
    intro: "サーバーが実行しているこのファイルを、プロジェクトのフォルダーから読み込んで表示しています。",
    marked: "レッスンで見せている行に印を付けています（{from}〜{to} 行目）。",
    back: "レッスン一覧へ戻る",
    lineCount: "{lines} 行",
  },
  longPages: {
    details: "詳しく",
  },
};
