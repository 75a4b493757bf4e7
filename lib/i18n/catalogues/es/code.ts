import type { CatalogueShape } from "../../format";
import type { code as english } from "../en/code";

// The code panels and the source viewer: Flask beside the Next.js that does the same.
export const code: CatalogueShape<typeof english> = {
  codePanel: {
    title: "El código: Flask y el nuestro",
    intro: "El Flask que ya conoces y el código que esta página ejecuta de verdad, leído de sus archivos. Un número marca cada par de líneas que hacen lo mismo.",
    ours: "Next.js (TypeScript), de este proyecto",
    lines: "líneas {from}–{to}",
    openFile: "Abrir {file} completo",
    moreFiles: "Más código detrás de esta página",
    jumpToSession: "La sesión",
  },
  source: {
    pageTitle: "Código: {file}",
    intro: "Este archivo tal como lo ejecuta el servidor, leído de la carpeta del proyecto.",
    marked: "Las líneas que muestra la lección están marcadas ({from}–{to}).",
    back: "Volver a las lecciones",
    lineCount: "{lines} líneas",
  },
  longPages: {
    details: "Los detalles",
  },
};
