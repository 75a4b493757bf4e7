import "server-only";

import { readFile } from "node:fs/promises";
import path from "node:path";

/** Files the lessons may show whole; nothing else is read, whatever a caller passes. */
const SHOWABLE = new Set(["lib/session/stores/file.ts", "lib/session/store.ts"]);

/** A project source file's text, for a lesson that shows it, or null where the sources are not deployed. */
export async function readSourceFile(file: string): Promise<string | null> {
  if (!SHOWABLE.has(file)) return null;
  try {
    return await readFile(path.join(process.cwd(), file), "utf8");
  } catch {
    return null;
  }
}
