// Every setting the app reads, with the name a Flask user knows for it. The configuration lesson
// lists them from here; the schema (./schema.ts) is what validates them.
import { MIN_SECRET_LENGTH, parseConfig, type AppConfig } from "./schema";

export interface SettingInfo {
  /** The environment variable. */
  name: string;
  /** Where the parsed value sits in AppConfig. */
  key: Exclude<keyof AppConfig, "production">;
  /** Flask's (or Flask-Session's) name for the same thing, when there is one. */
  flask: string | null;
  /** Shown with its password hidden (a server URL). */
  address?: boolean;
}

export const SETTINGS: readonly SettingInfo[] = [
  { name: "SESSION_SECRET", key: "sessionSecrets", flask: "SECRET_KEY" },
  { name: "SESSION_STORE", key: "sessionStore", flask: "SESSION_TYPE" },
  { name: "SESSION_TTL_SECONDS", key: "sessionTtlSeconds", flask: "PERMANENT_SESSION_LIFETIME" },
  { name: "SESSION_IDLE_SECONDS", key: "sessionIdleSeconds", flask: null },
  { name: "SESSION_MAX_BYTES", key: "sessionMaxBytes", flask: "MAX_COOKIE_SIZE" },
  { name: "SESSION_BIND", key: "sessionBind", flask: null },
  { name: "SESSION_COOKIE_NAME", key: "sessionCookieName", flask: "SESSION_COOKIE_NAME" },
  { name: "SESSION_COOKIE_SECURE", key: "sessionCookieSecure", flask: "SESSION_COOKIE_SECURE" },
  { name: "SESSION_KEY_PREFIX", key: "sessionKeyPrefix", flask: "SESSION_KEY_PREFIX" },
  { name: "ALLOWED_ORIGINS", key: "allowedOrigins", flask: null },
  { name: "TRUST_PROXY", key: "trustProxy", flask: null },
  { name: "SESSION_TIMELINE", key: "sessionTimeline", flask: null },
  { name: "REDIS_URL", key: "redisUrl", flask: "SESSION_REDIS", address: true },
  { name: "SESSION_FILE_DIR", key: "sessionFileDir", flask: "SESSION_FILE_DIR" },
  { name: "MEMCACHED_URL", key: "memcachedUrl", flask: "SESSION_MEMCACHED", address: true },
  { name: "DATABASE_URL", key: "databaseUrl", flask: "SQLALCHEMY_DATABASE_URI", address: true },
];

/** Each setting's default as text, straight from the schema (the secret has none). */
export function settingDefaults(): Record<string, string> {
  const result = parseConfig({ SESSION_SECRET: "x".repeat(MIN_SECRET_LENGTH) });
  if (!result.ok) throw new Error(`The schema refuses its own defaults: ${result.problems.join(" ")}`);
  const config = result.config;
  return Object.fromEntries(SETTINGS.filter((setting) => setting.key !== "sessionSecrets").map((setting) => [setting.name, settingText(config[setting.key])]));
}

/** A parsed value as the pages show it: a list (ALLOWED_ORIGINS) joined, an empty one as "none". */
export const settingText = (value: AppConfig[SettingInfo["key"]]) => (Array.isArray(value) ? value.join(", ") || "none" : String(value));
