/** Browsers drop a cookie over 4096 bytes (name, value and attributes) without a word. */
export const COOKIE_SIZE_LIMIT = 4096;

/** A write that would not fit in a cookie: refused with a message, never silently lost. */
export class SessionTooLargeError extends Error {
  constructor(readonly sizeBytes: number) {
    super(
      `The session would need a ${sizeBytes}-byte cookie, over the browsers' ${COOKIE_SIZE_LIMIT}-byte limit, so nothing was saved. ` +
        "Remove something from the session, or keep sessions on the server (SESSION_STORE=database).",
    );
    this.name = "SessionTooLargeError";
  }
}

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
