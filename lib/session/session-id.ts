import "server-only";

import { hash, randomBytes } from "node:crypto";

import type { SessionData, SessionRecord, SessionStore, StoredSessionSummary } from "./store";

// What every server-side store puts in the cookie, and what it keeps instead of it.

/** 256 bits from the CSPRNG: OWASP asks for at least 64 bits of entropy, the issue for 128. */
const TOKEN_BYTES = 32;

export const newSessionToken = () => randomBytes(TOKEN_BYTES).toString("base64url");

/**
 * Only the hash is stored, so someone who reads the table or the keys cannot present them as cookies.
 * One-shot `hash`: every request of a server-side store hashes its token, and a Hash object per call
 * cost several microseconds more under load.
 */
export const hashSessionToken = (token: string) => hash("sha256", token, "hex");

/** A well-formed token is exactly 43 base64url characters; anything else is not worth a round trip. */
export const isWellFormedToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

/** The user id a session belongs to, kept beside it so sessions can be listed and ended per user. */
export function userIdOf(data: SessionData): number | null {
  const user = data.user;
  if (typeof user === "object" && user !== null && !Array.isArray(user) && typeof user.id === "number") {
    return user.id;
  }
  return null;
}

/** How the admin page lists a live session: by its hash, never its token. */
export const summaryOf = (idHash: string, record: SessionRecord): StoredSessionSummary => ({
  id: idHash,
  userId: userIdOf(record.data),
  data: record.data,
  createdAt: new Date(record.createdAt),
  lastSeenAt: new Date(record.lastSeenAt),
  expiresAt: new Date(record.expiresAt),
});

/**
 * destroy and regenerate for a store that keeps each session under its token's hash: both delete
 * the old entry (a malformed token names none), and regenerate then creates a new session.
 */
export function endingByHash(
  remove: (idHash: string) => Promise<unknown>,
  create: (record: SessionRecord) => Promise<string>,
): Pick<SessionStore, "destroy" | "regenerate"> {
  const removeToken = async (token: string | null) => {
    if (token !== null && isWellFormedToken(token)) await remove(hashSessionToken(token));
  };
  return {
    destroy: removeToken,
    async regenerate(token, record) {
      await removeToken(token);
      return create(record);
    },
  };
}
