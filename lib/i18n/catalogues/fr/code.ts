import type { CatalogueShape } from "../../format";
import type { code as english } from "../en/code";

// The code panels and the source viewer: Flask beside the Next.js that does the same.
export const code: CatalogueShape<typeof english> = {
  codePanel: {
    title: "Le code : Flask, et le nôtre",
    intro: "Le Flask que vous connaissez, et le code que cette page exécute vraiment, lu dans ses fichiers. Un numéro marque chaque paire de lignes qui font la même chose.",
    ours: "Next.js (TypeScript), de ce projet",
    lines: "lignes {from} à {to}",
    openFile: "Ouvrir {file} en entier",
    moreFiles: "Le reste du code de cette page",
    jumpToSession: "La session",
  },
  source: {
    pageTitle: "Source : {file}",
    intro: "Ce fichier tel que le serveur l’exécute, lu dans le dossier du projet.",
    marked: "Les lignes que montre la leçon sont marquées ({from} à {to}).",
    back: "Retour aux leçons",
    lineCount: "{lines} lignes",
  },
  longPages: {
    details: "Les détails",
  },
};
