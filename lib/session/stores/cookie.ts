import "server-only";

import { sealData, unsealData } from "iron-session";

import type { SessionRecord, SessionStore } from "../store";
import { isSessionRecord } from "../record";

/**
 * The whole session lives in the cookie, encrypted and signed by iron-session
 * (Flask's default SecureCookieSessionInterface signs but does not encrypt).
 * Nothing is kept on the server, so destroy only has the cookie to delete.
 */
// iron-session's seal: "Fe26.2*…" then "~<version>". It parseInt()s the version, so "~2x" would
// pass; only an exact seal is accepted here.
const SEAL_PATTERN = /^Fe26\.2\*[^~\s]+~\d+$/;

export function sealedCookieStore(secret: string, ttlSeconds: number): SessionStore {
  const seal = (record: SessionRecord) => sealData(record, { password: secret, ttl: ttlSeconds });

  return {
    kind: "cookie",
    async load(token) {
      if (!SEAL_PATTERN.test(token)) return null;
      try {
        // unsealData returns {} for an expired seal and throws for a tampered one.
        const record: unknown = await unsealData(token, { password: secret, ttl: ttlSeconds });
        if (!isSessionRecord(record) || record.expiresAt <= Date.now()) return null;
        return record;
      } catch {
        return null;
      }
    },
    save: (_token, record) => seal(record),
    async destroy() {},
    regenerate: (_token, record) => seal(record),
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
