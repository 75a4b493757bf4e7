// Where `npm run dev` keeps the secret it generates: .env.development.local, which Next.js reads
// for `next dev` only. (.env.local, where it once went, is read by `next start` too, so one dev
// run left production quietly using a development secret.)
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const DEV_SECRET_FILE = ".env.development.local";
const SHARED_FILE = ".env.local";
const MARKER = "# Created by npm run dev: a development-only secret. Never reuse it in production.";
/** The block npm run dev writes: its comment and the secret on the next line. */
const GENERATED_BLOCK = /^# Created by npm run dev[^\n]*\nSESSION_SECRET=([^\n]*)\n?/m;

const read = (file: string) => (existsSync(file) ? readFileSync(file, "utf8") : "");

function append(file: string, block: string) {
  const existing = read(file);
  appendFileSync(file, `${existing && !existing.endsWith("\n") ? "\n" : ""}${block}`, { mode: 0o600 });
}

/**
 * Before `next dev`: a generated secret left in .env.local by an older version moves to
 * .env.development.local, and a fresh clone gets a random one there. Returns what it did, to print.
 */
export function ensureDevelopmentSecret(envDir: string, env: NodeJS.ProcessEnv): string[] {
  const devFile = path.join(envDir, DEV_SECRET_FILE);
  const sharedFile = path.join(envDir, SHARED_FILE);
  const notes: string[] = [];
  const old = read(sharedFile).match(GENERATED_BLOCK);
  if (old) {
    writeFileSync(sharedFile, read(sharedFile).replace(GENERATED_BLOCK, ""), { mode: 0o600 });
    if (!/^SESSION_SECRET=./m.test(read(devFile))) append(devFile, old[0].endsWith("\n") ? old[0] : `${old[0]}\n`);
    notes.push(`Moved the development SESSION_SECRET from ${SHARED_FILE} to ${DEV_SECRET_FILE}, where npm start does not read it.`);
  }
  if (env.SESSION_SECRET || /^SESSION_SECRET=./m.test(read(devFile))) return notes;
  append(devFile, `${MARKER}\nSESSION_SECRET=${randomBytes(32).toString("base64")}\n`);
  return [...notes, `Created ${DEV_SECRET_FILE} with a random SESSION_SECRET for development.`];
}

/**
 * Before `next start`: a problem when .env.local still holds a secret npm run dev generated (an
 * older version put it there) and it is the one production would use. Null otherwise.
 */
export function developmentSecretProblem(envDir: string, secret: string | undefined): string | null {
  const old = read(path.join(envDir, SHARED_FILE)).match(GENERATED_BLOCK);
  if (!old || !secret || old[1]?.trim() !== secret.trim()) return null;
  return `SESSION_SECRET comes from ${SHARED_FILE}, where an older npm run dev wrote a development-only secret. Run npm run dev once to move it to ${DEV_SECRET_FILE} (or delete those two lines), and give production a secret of its own. Create one with: openssl rand -base64 32`;
}
