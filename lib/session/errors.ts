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
 * A store whose server (PostgreSQL, Redis, Memcached) cannot be reached. Pages answer 503 with a
 * page that says so, and the next request tries again: the app recovers when the server does.
 */
export class SessionStoreUnavailableError extends Error {
  constructor(
    readonly storeKind: string,
    cause?: unknown,
  ) {
    super(`The ${storeKind} session store cannot be reached right now.`, { cause });
    this.name = "SessionStoreUnavailableError";
  }
}
