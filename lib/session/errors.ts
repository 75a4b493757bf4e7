/** Browsers drop a cookie over 4096 bytes (name, value and attributes) without a word. */
export const COOKIE_SIZE_LIMIT = 4096;

/**
 * A write that would not fit: in a cookie (the browsers' 4096 bytes), or in a server-side store
 * (SESSION_MAX_BYTES). Refused with a message, never silently lost, and nothing is written.
 */
export class SessionTooLargeError extends Error {
  readonly limitBytes: number;
  readonly keptIn: "cookie" | "store";

  constructor(
    readonly sizeBytes: number,
    { limitBytes = COOKIE_SIZE_LIMIT, keptIn = "cookie" }: { limitBytes?: number; keptIn?: "cookie" | "store" } = {},
  ) {
    super(
      keptIn === "cookie"
        ? `The session would need a ${sizeBytes}-byte cookie, over the browsers' ${limitBytes}-byte limit, so nothing was saved. ` +
            "Remove something from the session, or keep sessions on the server (SESSION_STORE=database)."
        : `The session would take ${sizeBytes} bytes in the store, over its ${limitBytes}-byte limit (SESSION_MAX_BYTES), so nothing was saved. ` +
            "Remove something from the session.",
    );
    this.name = "SessionTooLargeError";
    this.limitBytes = limitBytes;
    this.keptIn = keptIn;
  }
}

/** What a refusal for size says, as plain data a form's answer can carry. */
export type SessionSizeFacts = Pick<SessionTooLargeError, "sizeBytes" | "limitBytes" | "keptIn">;

/**
 * Next.js keeps an error's own `digest` when it hides the message from the browser in
 * production, so app/error.tsx can still tell this error apart and say what happened:
 * "session-store-unavailable:<store kind>".
 */
export const SESSION_STORE_UNAVAILABLE_DIGEST = "session-store-unavailable";

/**
 * A store whose server (PostgreSQL, Redis, Memcached) cannot be reached. Pages answer 503 with a
 * page that says so, and the next request tries again: the app recovers when the server does.
 */
export class SessionStoreUnavailableError extends Error {
  readonly digest: string;

  constructor(
    readonly storeKind: string,
    cause?: unknown,
  ) {
    super(`The ${storeKind} session store cannot be reached right now.`, { cause });
    this.digest = `${SESSION_STORE_UNAVAILABLE_DIGEST}:${storeKind}`;
    this.name = "SessionStoreUnavailableError";
  }
}

const SERVER_NAMES: Record<string, string> = { database: "PostgreSQL", redis: "Redis", memcached: "Memcached" };

/** The server a store needs, for messages: "Redis" rather than the store's "redis". */
export const storeServerName = (storeKind: string) => SERVER_NAMES[storeKind] ?? storeKind;

/** The store kind when a digest is SessionStoreUnavailableError's, else null. */
export function unavailableStoreOf(digest: string | undefined): string | null {
  const prefix = `${SESSION_STORE_UNAVAILABLE_DIGEST}:`;
  return digest?.startsWith(prefix) ? digest.slice(prefix.length) : null;
}
