import type { SessionStoreKind } from "@/lib/config/schema";

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** What a session holds: Flask's `session` dict, as JSON. */
export type SessionData = Record<string, JsonValue>;

/** One session as a store keeps it. Times are milliseconds since the epoch. */
export interface SessionRecord {
  data: SessionData;
  /** Flask's `session.permanent`: the cookie outlives the browser (Max-Age) when true. */
  permanent: boolean;
  createdAt: number;
  /** The last request that used it; the idle timeout counts from here. */
  lastSeenAt: number;
  /**
   * When the server stops accepting it: the earlier of the idle and the absolute timeout, worked
   * out by the session layer. A store only has to refuse a record past this (and may use it as a TTL).
   */
  expiresAt: number;
  /** SESSION_BIND: a hash of the client (User-Agent, and the address with ua+ip) the session belongs to. */
  binding?: string;
}

/**
 * A change to a stored record. It may run more than once (a store that retries after a conflicting
 * write runs it again on the fresher record), so it must depend only on the record it is given.
 */
export type RecordChange = (current: SessionRecord) => SessionRecord;

/** A live session as a server-side store lists it (the admin page). Never the token itself. */
export interface StoredSessionSummary {
  /** The stored id: the SHA-256 of the token, safe to show and to pass back to endById. */
  id: string;
  userId: number | null;
  data: SessionData;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

/** The most sessions a registry lists at once, so the admin's page stays a page on a busy site. */
export const REGISTRY_LIST_LIMIT = 500;

/**
 * Why a store refused a token, for the security log: not one it issued ("forged": malformed, or a
 * seal that does not open), a well-formed id it holds nothing for ("unknown": ended, forgotten, or
 * guessed), or a session whose time ran out (with its record when the store can still read it, so
 * the log can say whose it was).
 */
export type Refusal = { reason: "forged" } | { reason: "unknown" } | { reason: "expired"; record: SessionRecord | null };

/** What a store keeps for one token, as field and value pairs; the inspector words the fields it knows. */
export type StoredSessionDetails = { label: string; value: string }[];

// #region session-store
/**
 * Every store implements this; nothing above lib/session knows which one is active.
 * A token is what the cookie carries: a sealed record (cookie store) or a random id (server stores).
 */
export interface SessionStore {
  readonly kind: SessionStoreKind;
  /**
   * The record behind a token, or null when it is unknown, expired, tampered with or unreadable.
   * Read-only: a store may hand out a record it keeps (the cookie store does, from its cache).
   */
  load(token: string): Promise<SessionRecord | null>;
  /**
   * Stores the record under the token (null: a new session) and returns the token for the cookie.
   * The store may keep the record it is given (the cookie store caches it): do not change it after.
   */
  save(token: string | null, record: SessionRecord): Promise<string>;
  /**
   * Optional: applies `change` to the record as stored now, atomically, so two requests of one
   * session that change different things (or the same cart) both count: no lost update. Resolves
   * null when no live session has this token. A store without it saves the record the request read.
   */
  update?(token: string, change: RecordChange): Promise<{ token: string; record: SessionRecord } | null>;
  /**
   * Optional: true when the token is valid but should be issued again, like a cookie sealed with
   * an older secret (SESSION_SECRET rotation) that the next response re-seals with the newest.
   */
  needsRewrite?(token: string): boolean;
  /**
   * Optional: asked only after load() gave null for a token, to say why. Null when it cannot tell.
   * A store may delete what it finds expired here, as load() would have.
   */
  refusalOf?(token: string): Promise<Refusal | null>;
  /** Forgets the session for good. */
  destroy(token: string): Promise<void>;
  /** Moves the record to a fresh token and invalidates the old one (against session fixation). */
  regenerate(token: string | null, record: SessionRecord): Promise<string>;
  /** What the store holds for this token beyond the record (a row, a key), or null when nothing. */
  describe(token: string): Promise<StoredSessionDetails | null>;
  /**
   * A round trip to the store for the health check (/api/health): resolves when it answers, with
   * how many sessions are live where the store can count them (null when it cannot, like a cookie).
   * Throws SessionStoreUnavailableError when the store's server does not answer.
   */
  ping(): Promise<{ liveSessions: number | null }>;
  /**
   * Server-side stores only: they can see and end every session. A sealed cookie lives in the
   * browser, so a stateless store leaves these out, and pages explain why.
   */
  readonly registry?: {
    /**
     * Live sessions, most recently used first, at most REGISTRY_LIST_LIMIT: of everyone (the admin's
     * list), or every one of one user (their account page, the limit of sessions a user may hold),
     * however many others are live.
     */
    list(userId?: number): Promise<StoredSessionSummary[]>;
    endById(id: string): Promise<void>;
    endAllForUser(userId: number): Promise<number>;
  };
}
// #endregion session-store
