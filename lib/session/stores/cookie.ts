import "server-only";

import { sealData, unsealData } from "iron-session";

import { isSessionRecord } from "../record";
import type { SessionRecord, SessionStore } from "../store";

/**
 * The whole session lives in the cookie, encrypted and signed by iron-session (Flask's default
 * SecureCookieSessionInterface signs but does not encrypt). Nothing is kept on the server, so
 * destroy only has the cookie to delete.
 */

// iron-session's seal: "Fe26.2*<password id>*…" then "~<version>". It parseInt()s the version, so
// "~2x" would pass; only an exact seal is accepted here.
const SEAL_PATTERN = /^Fe26\.2\*(\d+)\*[^~\s]+~\d+$/;

/**
 * Unsealing is a chain of async Web Crypto calls, and most requests send back the cookie the last
 * response set. A seal is authenticated, so one exact cookie value always opens to the same record:
 * remembering recent values is safe. Expiry is still checked on every hit, here and by the session
 * layer. Records are shared, never changed: Session copies one before its first change.
 */
const REMEMBERED_SEALS = 1000;

interface Opened {
  record: SessionRecord;
  /** Sealed with SESSION_SECRET's newest secret; otherwise the next response re-seals it. */
  current: boolean;
}

/**
 * SESSION_SECRET lists secrets newest first. iron-session's password map seals with its highest id,
 * so the newest seals under id N (the number of secrets): one secret seals under id 1, as plain
 * iron-session does. A seal is opened with each secret in turn under the id it carries, so dropping
 * the oldest secret (which renumbers the rest) locks out no cookie sealed with one that is kept.
 */
export function sealedCookieStore(secrets: readonly string[], ttlSeconds: number): SessionStore {
  if (secrets.length === 0) throw new Error("The cookie store needs at least one secret.");
  const sealWith = { password: { [secrets.length]: secrets[0]! }, ttl: ttlSeconds };
  const remembered = new Map<string, Opened>();

  function remember(token: string, opened: Opened) {
    if (remembered.size >= REMEMBERED_SEALS) remembered.delete(remembered.keys().next().value!);
    remembered.set(token, opened);
  }

  async function seal(record: SessionRecord): Promise<string> {
    const token = await sealData(record, sealWith);
    remember(token, { record, current: true });
    return token;
  }

  async function open(token: string): Promise<Opened | null> {
    const cached = remembered.get(token);
    if (cached) return cached;
    const passwordId = SEAL_PATTERN.exec(token)?.[1];
    if (passwordId === undefined) return null;
    for (const [index, secret] of secrets.entries()) {
      // {} for an expired seal or another secret; a throw for a mangled one.
      const value = await unsealData(token, { password: { [passwordId]: secret }, ttl: ttlSeconds }).catch(() => null);
      if (value === null) return null;
      if (isSessionRecord(value)) {
        const opened = { record: value, current: index === 0 };
        remember(token, opened);
        return opened;
      }
    }
    return null;
  }

  return {
    kind: "cookie",
    async load(token) {
      const opened = await open(token);
      return opened && opened.record.expiresAt > Date.now() ? opened.record : null;
    },
    async refusalOf(token) {
      if (!SEAL_PATTERN.test(token)) return { reason: "forged" };
      // The seal's own expiry is in clear text (its sixth field): past it, iron-session answers as
      // it does for a changed seal, so look first. A seal that ran out is a timeout, whose user is
      // no longer readable.
      const sealExpiry = Number(token.split("*")[5]);
      if (sealExpiry > 0 && sealExpiry <= Date.now()) return { reason: "expired", record: null };
      const opened = await open(token);
      if (!opened) return { reason: "forged" };
      return opened.record.expiresAt <= Date.now() ? { reason: "expired", record: opened.record } : null;
    },
    needsRewrite: (token) => remembered.get(token)?.current === false,
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
