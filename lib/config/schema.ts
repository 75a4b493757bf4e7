// The app's settings, validated with zod. Pure on purpose (no "server-only"): the
// start-up task in lib/tasks validates with the same schema before Next.js starts,
// so a bad setting stops `npm start` instead of failing on the first request.
import { z } from "zod";

import { databaseProviderOf } from "./database-url";

import { nearestName } from "./nearest-name";
import { trustProxySetting } from "./trust-proxy";

export const SESSION_STORES = ["cookie", "database", "redis", "file", "memcached"] as const;
export type SessionStoreKind = (typeof SESSION_STORES)[number];

export const MIN_SECRET_LENGTH = 32;
export const SECRET_HELP = "Create one with: openssl rand -base64 32";

const ONE_WEEK_SECONDS = 7 * 24 * 60 * 60;
const THIRTY_MINUTES_SECONDS = 30 * 60;

/** What a session may be tied to: a cookie replayed from another browser (or address) then ends it. */
export const SESSION_BINDINGS = ["off", "ua", "ua+ip"] as const;
export type SessionBinding = (typeof SESSION_BINDINGS)[number];

/** "new,old" or "new old": the newest secret first. An empty value is no secret. */
export function splitSecrets(value: string): string[] | undefined {
  const secrets = value.split(/[\s,]+/).filter(Boolean);
  return secrets.length > 0 ? secrets : undefined;
}

/**
 * Flask-Session's key prefix, so a Flask user finds their keys where they expect. The folder is our own:
 * Flask-Session's filesystem store writes to flask_session/, and this one to a hidden, git-ignored folder.
 */
export const DEFAULT_SESSION_FILE_DIR = ".sessions";
export const DEFAULT_MEMCACHED_URL = "127.0.0.1:11211";
export const DEFAULT_SESSION_KEY_PREFIX = "session:";
export const DEFAULT_SESSION_MAX_BYTES = 65_536;
const MIN_SESSION_MAX_BYTES = 4096;
const MAX_SESSION_MAX_BYTES = 1_000_000;

function unknownStoreMessage(typed: string): string {
  const suggestion = nearestName(typed, SESSION_STORES);
  const didYouMean = suggestion === null ? "" : ` Did you mean "${suggestion}"?`;
  return `SESSION_STORE="${typed}" is not a session store.${didYouMean} Use one of: ${SESSION_STORES.join(", ")}.`;
}

// memjs's server list: "host:port", optionally "user:password@host:port", several joined by commas.
const MEMCACHED_SERVER = /^([^@,\s/]+@)?[A-Za-z0-9.-]+(:\d{1,5})?$/;

// An empty variable counts as unset: `SESSION_SECRET=` in a .env file is a common slip.
const optional = (value: unknown) => (value === "" ? undefined : value);

/** A whole number of seconds, at least a minute, with a message that names the variable. */
const seconds = (name: string, fallback: number) => {
  const message = `${name} must be a whole number of seconds.`;
  return z.preprocess(
    optional,
    z.coerce
      .number({ error: message })
      .int({ error: message })
      .min(60, { error: `${name} must be at least 60 seconds.` })
      .default(fallback),
  );
};

const configSchema = z.object({
  // #region session-secrets
  // Several secrets, newest first, separated by commas or spaces: cookies sealed with an older one
  // are still read (and re-sealed with the newest), so a secret can be rotated without logging
  // everybody out. Each must be long enough on its own.
  sessionSecrets: z.preprocess(
    (value) => (typeof value === "string" ? splitSecrets(value) : value),
    z
      .array(
        z.string().min(MIN_SECRET_LENGTH, {
          error: (issue) =>
            `SESSION_SECRET is too short (${String(issue.input).length} characters; at least ${MIN_SECRET_LENGTH} are needed). ${SECRET_HELP}`,
        }),
        { error: `SESSION_SECRET is not set. ${SECRET_HELP}` },
      )
      .min(1, { error: `SESSION_SECRET is not set. ${SECRET_HELP}` }),
  ),
  // #endregion session-secrets
  sessionStore: z.preprocess(
    optional,
    z
      .enum(SESSION_STORES, {
        error: (issue) => unknownStoreMessage(String(issue.input)),
      })
      .default("cookie"),
  ),
  // The absolute timeout (Flask's PERMANENT_SESSION_LIFETIME): no session outlives it, however busy,
  // and a permanent session's cookie gets it as Max-Age.
  sessionTtlSeconds: seconds("SESSION_TTL_SECONDS", ONE_WEEK_SECONDS).refine((value) => value <= 400 * 24 * 60 * 60, {
    error: "SESSION_TTL_SECONDS may be at most 400 days (browsers cap cookies there).",
  }),
  sessionIdleSeconds: seconds("SESSION_IDLE_SECONDS", THIRTY_MINUTES_SECONDS),
  // The most a server-side session may hold, as the browsers' 4096 bytes bound a sealed cookie:
  // 64 KiB, sixteen cookies' worth, is far more than any lesson needs, yet small enough that
  // reading and writing a whole session on every request stays cheap. Below 4096 a server-side
  // store would hold less than a cookie; above 1 MB, Memcached refuses the item by default anyway.
  sessionMaxBytes: z.preprocess(
    optional,
    z.coerce
      .number({ error: "SESSION_MAX_BYTES must be a whole number of bytes." })
      .int({ error: "SESSION_MAX_BYTES must be a whole number of bytes." })
      .min(MIN_SESSION_MAX_BYTES, { error: `SESSION_MAX_BYTES must be at least ${MIN_SESSION_MAX_BYTES} bytes (a cookie's limit).` })
      .max(MAX_SESSION_MAX_BYTES, { error: `SESSION_MAX_BYTES must be at most ${MAX_SESSION_MAX_BYTES} bytes (Memcached's default item limit).` })
      .default(DEFAULT_SESSION_MAX_BYTES),
  ),
  sessionBind: z.preprocess(
    optional,
    z
      .enum(SESSION_BINDINGS, {
        error: (issue) => `SESSION_BIND="${String(issue.input)}" is not a binding. Use one of: ${SESSION_BINDINGS.join(", ")}.`,
      })
      .default("off"),
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
  // Origins besides the site's own that may send forms (a second hostname behind the same proxy).
  allowedOrigins: z.preprocess(
    (value) => (typeof value === "string" ? value.split(/[\s,]+/).filter(Boolean) : []),
    z.array(
      z.string().refine((origin) => URL.canParse(origin) && new URL(origin).origin === origin, {
        error: (issue) => `ALLOWED_ORIGINS: "${String(issue.input)}" is not an origin such as https://sessions.example.`,
      }),
    ),
  ),
  trustProxy: trustProxySetting,
  databaseUrl: z.preprocess(
    optional,
    z
      .string()
      .refine((url) => databaseProviderOf(url) !== null, {
        error: 'DATABASE_URL must be a SQLite file URL such as "file:./dev.db" or a PostgreSQL URL such as "postgres://user:password@localhost:5432/sessions".',
      })
      .default("file:./dev.db"),
  ),
  redisUrl: z.preprocess(
    optional,
    z
      .string()
      .refine((url) => /^rediss?:\/\/[^/]/.test(url) && URL.canParse(url), {
        error: 'REDIS_URL must be a Redis URL such as "redis://127.0.0.1:6379" (or rediss:// for TLS).',
      })
      .default("redis://127.0.0.1:6379"),
  ),
  // Flask-Session's SESSION_KEY_PREFIX: apps that share one Redis keep apart by prefix.
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
      .regex(/^[A-Za-z0-9_.:-]{1,64}$/, {
        error: "SESSION_KEY_PREFIX may use only letters, digits, '.', ':', '_' and '-' (at most 64).",
      })
      .default(DEFAULT_SESSION_KEY_PREFIX),
  ),
  // The request timeline (/timeline): on by default, since it is what a learner comes to see; off
  // only to measure what recording costs, or on a server where nobody looks.
  sessionTimeline: z.preprocess(
    optional,
    z.enum(["on", "off"], { error: 'SESSION_TIMELINE must be "on" or "off".' }).default("on"),
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
    sessionSecrets: env.SESSION_SECRET,
    sessionStore: env.SESSION_STORE,
    sessionTtlSeconds: env.SESSION_TTL_SECONDS,
    sessionIdleSeconds: env.SESSION_IDLE_SECONDS,
    sessionMaxBytes: env.SESSION_MAX_BYTES,
    sessionBind: env.SESSION_BIND,
    sessionCookieName: env.SESSION_COOKIE_NAME,
    sessionCookieSecure: env.SESSION_COOKIE_SECURE,
    allowedOrigins: env.ALLOWED_ORIGINS,
    trustProxy: env.TRUST_PROXY,
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    sessionFileDir: env.SESSION_FILE_DIR,
    memcachedUrl: env.MEMCACHED_URL,
    sessionKeyPrefix: env.SESSION_KEY_PREFIX,
    sessionTimeline: env.SESSION_TIMELINE,
    production: env.NODE_ENV === "production",
  });
  if (result.success) return { ok: true, config: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => issue.message) };
}
