import "server-only";

import { parseConfig, type AppConfig } from "./schema";

/** Thrown when the settings are invalid; error.tsx shows its message, never a stack. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`The app is misconfigured: ${problems.join(" ")}`);
    this.name = "ConfigError";
  }
}

let parsed: AppConfig | undefined;

// #region get-config
/** The validated settings, parsed once per server process. */
export function getConfig(): AppConfig {
  if (parsed) return parsed;
  const result = parseConfig();
  if (!result.ok) throw new ConfigError(result.problems);
  parsed = result.config;
  return parsed;
}
// #endregion get-config

/** The settings or the problems with them, for the one place that must render either way (the root layout). */
export function checkConfig(): { ok: true } | { ok: false; problems: string[] } {
  try {
    getConfig();
    return { ok: true };
  } catch (error) {
    if (error instanceof ConfigError) return { ok: false, problems: error.problems };
    throw error;
  }
}
