// The app's settings, validated with zod. Pure on purpose (no "server-only"): the
// start-up task in lib/tasks validates with the same schema before Next.js starts,
// so a bad setting stops `npm start` instead of failing on the first request.
import { z } from "zod";

import { nearestName } from "./nearest-name";

export const SESSION_STORES = ["cookie", "database", "file", "memcached"] as const;
export type SessionStoreKind = (typeof SESSION_STORES)[number];

export const MIN_SECRET_LENGTH = 32;
export const SECRET_HELP = "Create one with: openssl rand -base64 32";

const ONE_WEEK_SECONDS = 7 * 24 * 60 * 60;

/** Flask-Session's default folder and key prefix, so a Flask user finds their sessions where they expect. */
export const DEFAULT_SESSION_FILE_DIR = ".sessions";
export const DEFAULT_MEMCACHED_URL = "127.0.0.1:11211";
export const DEFAULT_SESSION_KEY_PREFIX = "session:";

function unknownStoreMessage(typed: string): string {
  const suggestion = nearestName(typed, SESSION_STORES);
  const didYouMean = suggestion === null ? "" : ` Did you mean "${suggestion}"?`;
  return `SESSION_STORE="${typed}" is not a session store.${didYouMean} Use one of: ${SESSION_STORES.join(", ")}.`;
}

// memjs's server list: "host:port", optionally "user:password@host:port", several joined by commas.
const MEMCACHED_SERVER = /^([^@,\s/]+@)?[A-Za-z0-9.-]+(:\d{1,5})?$/;

// An empty variable counts as unset: `SESSION_SECRET=` in a .env file is a common slip.
const optional = (value: unknown) => (value === "" ? undefined : value);

const configSchema = z.object({
  sessionSecret: z.preprocess(
    optional,
    z
      .string({ error: `SESSION_SECRET is not set. ${SECRET_HELP}` })
      .min(MIN_SECRET_LENGTH, {
        error: (issue) =>
          `SESSION_SECRET is too short (${String(issue.input).length} characters; at least ${MIN_SECRET_LENGTH} are needed). ${SECRET_HELP}`,
      }),
  ),
  sessionStore: z.preprocess(
    optional,
    z
      .enum(SESSION_STORES, {
        error: (issue) => unknownStoreMessage(String(issue.input)),
      })
      .default("cookie"),
  ),
  sessionTtlSeconds: z.preprocess(
    optional,
    z.coerce
      .number({ error: "SESSION_TTL_SECONDS must be a whole number of seconds." })
      .int({ error: "SESSION_TTL_SECONDS must be a whole number of seconds." })
      .min(60, { error: "SESSION_TTL_SECONDS must be at least 60 seconds." })
      .max(400 * 24 * 60 * 60, { error: "SESSION_TTL_SECONDS may be at most 400 days (browsers cap cookies there)." })
      .default(ONE_WEEK_SECONDS),
  ),
  sessionCookieName: z.preprocess(
    optional,
    z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,64}$/, {
        error: "SESSION_COOKIE_NAME may use only letters, digits, '.', '_' and '-' (at most 64).",
      })
      .default("session"),
  ),
  sessionCookieSecure: z.preprocess(
    optional,
    z
      .enum(["auto", "true", "false"], {
        error: 'SESSION_COOKIE_SECURE must be "auto", "true" or "false".',
      })
      .default("auto"),
  ),
  databaseUrl: z.preprocess(
    optional,
    z
      .string()
      .refine((url) => url.startsWith("file:"), {
        error: 'DATABASE_URL must be a SQLite file URL such as "file:./dev.db".',
      })
      .default("file:./dev.db"),
  ),
  sessionFileDir: z.preprocess(optional, z.string().default(DEFAULT_SESSION_FILE_DIR)),
  memcachedUrl: z.preprocess(
    optional,
    z
      .string()
      .refine((servers) => servers.split(",").every((server) => MEMCACHED_SERVER.test(server.trim())), {
        error: 'MEMCACHED_URL must be "host:port" (several separated by commas, "user:password@" in front when the server wants a login), such as "127.0.0.1:11211".',
      })
      .default(DEFAULT_MEMCACHED_URL),
  ),
  sessionKeyPrefix: z.preprocess(
    optional,
    z
      .string()
      // Memcached keys are at most 250 bytes with no spaces or control characters; the id's hash takes 64.
      .regex(/^[\x21-\x7e]{1,100}$/, { error: "SESSION_KEY_PREFIX may use only visible ASCII characters, no spaces (at most 100)." })
      .default(DEFAULT_SESSION_KEY_PREFIX),
  ),
  production: z.boolean(),
});

export type AppConfig = z.infer<typeof configSchema>;

export type ConfigResult =
  | { ok: true; config: AppConfig }
  | { ok: false; problems: string[] };

/** Reads the settings from an environment (process.env by default) without throwing. */
export function parseConfig(env: Record<string, string | undefined> = process.env): ConfigResult {
  const result = configSchema.safeParse({
    sessionSecret: env.SESSION_SECRET,
    sessionStore: env.SESSION_STORE,
    sessionTtlSeconds: env.SESSION_TTL_SECONDS,
    sessionCookieName: env.SESSION_COOKIE_NAME,
    sessionCookieSecure: env.SESSION_COOKIE_SECURE,
    databaseUrl: env.DATABASE_URL,
    sessionFileDir: env.SESSION_FILE_DIR,
    memcachedUrl: env.MEMCACHED_URL,
    sessionKeyPrefix: env.SESSION_KEY_PREFIX,
    production: env.NODE_ENV === "production",
  });
  if (result.success) return { ok: true, config: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => issue.message) };
}
