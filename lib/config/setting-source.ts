// Where a setting's value came from, worked out from what @next/env reports. Pure, so it can be
// tested with made-up environments; lib/config/sources.ts feeds it the real ones.

/** Where a setting's value came from, in Next.js's order of precedence. */
export type SettingSource = { kind: "environment" } | { kind: "file"; file: string } | { kind: "default" };

type Env = Record<string, string | undefined>;

const isSet = (value: string | undefined): value is string => value !== undefined && value !== "";

/**
 * @param initialEnv the environment before Next.js read any .env file (@next/env's initialEnv),
 *   or undefined when unknown (then a value that differs from every file's is the environment's)
 * @param loadedEnvFiles the .env files Next.js read, highest precedence first, with what each held
 * @param current the value the process sees now
 */
export function settingSource(name: string, initialEnv: Env | undefined, loadedEnvFiles: { path: string; env: Env }[], current: string | undefined): SettingSource {
  // An empty value counts as unset (lib/config/schema.ts), so the default applies.
  if (!isSet(current)) return { kind: "default" };
  // Next.js never lets a file override a variable the environment already had.
  if (initialEnv !== undefined && isSet(initialEnv[name])) return { kind: "environment" };
  const fromFile = loadedEnvFiles.find((file) => isSet(file.env[name]));
  if (fromFile && (initialEnv !== undefined || fromFile.env[name] === current)) return { kind: "file", file: fromFile.path };
  return { kind: "environment" };
}
