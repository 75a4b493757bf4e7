// Exercise folders on disk: compared, fingerprinted and copied by the workbook's tasks and the
// status on /workbook. No "server-only": the command-line tasks (tsx) use it too.
import { createHash } from "node:crypto";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

/** Every file under a folder (dotfiles too: exercise 5 has one), relative and sorted. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

/** One hash for a folder's file names and contents: equal hashes, equal folders. */
export function folderFingerprint(dir: string): string {
  const hash = createHash("sha256");
  for (const file of listFiles(dir)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(dir, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

/** The files that differ between two folders: changed, added or removed. */
export function changedFiles(dir: string, reference: string): string[] {
  const names = new Set([...listFiles(dir), ...listFiles(reference)]);
  return [...names]
    .filter((file) => {
      const mine = path.join(dir, file);
      const theirs = path.join(reference, file);
      if (!existsSync(mine) || !existsSync(theirs)) return true;
      return !readFileSync(mine).equals(readFileSync(theirs));
    })
    .sort();
}

/** Replaces a folder with a copy of another. */
export function replaceFolder(target: string, source: string): void {
  rmSync(target, { recursive: true, force: true });
  cpSync(source, target, { recursive: true });
}
