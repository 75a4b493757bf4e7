import "server-only";

import { deepFreeze } from "../deep-freeze";
import type { SessionRecord, SessionStore } from "../store";
import { isSessionRecord } from "../record";
import { sealValue, unsealValue } from "../seal/cookie-seal";

/**
 * The whole session lives in the cookie, encrypted and signed in iron-session's format
 * (Flask's default SecureCookieSessionInterface signs but does not encrypt).
 * Nothing is kept on the server, so destroy only has the cookie to delete.
 */
// iron-session's seal: "Fe26.2*<password id>*…" then "~<version>". It parseInt()s the version, so
// "~2x" would pass; only an exact seal is accepted here.
const SEAL_PATTERN = /^Fe26\.2\*(\d+)\*[^~\s]+~\d+$/;

/**
 * Sealing and unsealing are synchronous node:crypto in iron-session's format (../seal/cookie-seal.ts):
 * tens of microseconds each, where iron-session's async Web Crypto took about 0.35 ms, and new seals
 * reuse their derived keys for a minute (../seal/seal-keys.ts). A seal is authenticated, so one exact
 * cookie value always opens to the same record: remembering the result for recent values is safe,
 * and the session layer still checks the record's timeouts on every request, cached or not. A
 * seal this store just made is remembered too (it knows what it sealed), so the browser's next
 * request, which sends it back, skips the unseal as well. The remembered records are frozen and
 * handed out as they are, not copied: a read-only request then costs no copy of the whole session
 * (Session copies a record before its first change).
 */
const UNSEALED_CACHE_SIZE = 1000;

interface Unsealed {
  record: SessionRecord;
  /** Sealed with SESSION_SECRET's newest secret; otherwise the next response re-seals it. */
  current: boolean;
}

/**
 * SESSION_SECRET may list several secrets, newest first. New seals use the newest, under password
 * id N (the number of secrets), so a single secret seals under id 1 exactly as iron-session does
 * with a plain password. A seal is opened with every secret in turn, whatever its id says, so
 * dropping the oldest secret does not lock out cookies sealed with the ones kept.
 */
export function sealedCookieStore(secrets: readonly string[], ttlSeconds: number): SessionStore {
  if (secrets.length === 0) throw new Error("The cookie store needs at least one secret.");
  const sealWith = { [secrets.length]: secrets[0]! };
  const unsealed = new Map<string, Unsealed>();

  function seal(record: SessionRecord): string {
    const token = sealValue(record, sealWith, ttlSeconds);
    // Kept as given, and frozen: the session layer hands over a record of its own (store.ts).
    remember(token, { record, current: true });
    return token;
  }

  function open(token: string): Unsealed | null {
    const passwordId = SEAL_PATTERN.exec(token)?.[1];
    if (passwordId === undefined) return null;
    for (const [index, secret] of secrets.entries()) {
      try {
        // {} for an expired seal or a wrong secret; a throw for a mangled one.
        const record = unsealValue(token, { [passwordId]: secret });
        if (isSessionRecord(record)) return { record, current: index === 0 };
      } catch {
        return null;
      }
    }
    return null;
  }

  function remember(token: string, value: Unsealed) {
    deepFreeze(value.record);
    if (unsealed.size >= UNSEALED_CACHE_SIZE) unsealed.delete(unsealed.keys().next().value!);
    unsealed.set(token, value);
  }

  return {
    kind: "cookie",
    async load(token) {
      let found = unsealed.get(token) ?? null;
      if (!found) {
        found = open(token);
        if (found) remember(token, found);
      }
      if (!found || found.record.expiresAt <= Date.now()) return null;
      return found.record;
    },
    async refusalOf(token) {
      if (!SEAL_PATTERN.test(token)) return { reason: "forged" };
      // The seal's own expiry is in clear text (its sixth field): past it, iron-session answers as
      // it does for a changed seal, so look first. A seal that ran out is a timeout, whose user is
      // no longer readable.
      const sealExpiry = Number(token.split("*")[5]);
      if (sealExpiry > 0 && sealExpiry <= Date.now()) return { reason: "expired", record: null };
      const found = unsealed.get(token) ?? open(token);
      if (!found) return { reason: "forged" };
      return found.record.expiresAt <= Date.now() ? { reason: "expired", record: found.record } : null;
    },
    needsRewrite: (token) => unsealed.get(token)?.current === false,
    save: async (_token, record) => seal(record),
    async destroy() {},
    regenerate: async (_token, record) => seal(record),
    // Nothing is kept on the server: the cookie is the whole session.
    async describe() {
      return null;
    },
    // Nothing to reach and nothing to count: every session lives in some browser.
    async ping() {
      return { liveSessions: null };
    },
  };
}
