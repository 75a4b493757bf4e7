import "server-only";

import { createCipheriv, createDecipheriv, createHmac, timingSafeEqual } from "node:crypto";

import { derivedKey, freshRandomBytes, sealingSalts } from "./seal-keys";

/**
 * iron-session's sealData and unsealData (iron-session 8 over iron-webcrypto 1.2, "Fe26.2"
 * seals), done synchronously with node:crypto. iron-session's are async from end to end: a dozen
 * awaits of Web Crypto calls per seal, each a trip through Node's thread pool, and under Next.js,
 * whose AsyncLocalStorage hooks every promise, that came to about 0.2 ms of a request's time. The
 * format is iron's exactly (same defaults, password ids, "~2" suffix, and the same errors), and
 * cookie-seal.test.ts checks it both ways against iron-session itself, over random values,
 * tampering, expiry and version-1 seals.
 */

/** iron's defaults: AES-256-CBC and HMAC-SHA-256, keys from PBKDF2-SHA-1 with one iteration and 256-bit salts (./seal-keys.ts). */
const PREFIX = "Fe26.2";
const IV_BYTES = 16;
/** iron accepts a seal this long after its expiry, for clocks that disagree. */
const TIMESTAMP_SKEW_MS = 60_000;
/** iron-session's token format version, after the "~". */
const CURRENT_VERSION = 2;

/** Password id to secret, as iron-session takes them; the highest id seals. */
export type SealPasswords = Record<string, string>;

const macOf = (password: string, salt: string, text: string) => createHmac("sha256", derivedKey(password, salt)).update(text).digest("base64url");

export function sealValue(value: unknown, passwords: SealPasswords, ttlSeconds: number): string {
  const id = String(Math.max(...Object.keys(passwords).map(Number)));
  const password = passwords[id]!;
  const { encryptionSalt, macSalt } = sealingSalts(password);
  const iv = freshRandomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-cbc", derivedKey(password, encryptionSalt), iv);
  const encrypted = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
  const expiration = ttlSeconds ? Date.now() + ttlSeconds * 1000 : "";
  const macBase = `${PREFIX}*${id}*${encryptionSalt}*${iv.toString("base64url")}*${encrypted.toString("base64url")}*${expiration}`;
  return `${macBase}*${macSalt}*${macOf(password, macSalt, macBase)}~${CURRENT_VERSION}`;
}

/** iron's own messages, for the failures iron-session answers with `{}`. */
const REFUSALS = /^(Expired seal|Bad hmac value|Cannot find password|Incorrect number of sealed components)/;

/**
 * The sealed value; `{}` where iron-session answers `{}`: an expired seal, a seal made with
 * another secret, one whose password id is not given, or one with the wrong number of parts.
 * Throws, as iron-session does, for a mangled prefix or expiry, and for a seal that passes its
 * HMAC yet does not decrypt to JSON.
 */
export function unsealValue(token: string, passwords: SealPasswords): unknown {
  const [sealed, versionText] = token.split("~");
  const version = versionText === undefined ? null : Number.parseInt(versionText, 10);
  try {
    const value = (open(sealed!, passwords) ?? {}) as { persistent?: object };
    // Version 1 seals (iron-session 6) kept the session under "persistent".
    return version === CURRENT_VERSION ? value : { ...value.persistent };
  } catch (error) {
    if (error instanceof Error && REFUSALS.test(error.message)) return {};
    throw error;
  }
}

/**
 * iron-webcrypto's unseal, check for check and in the same order. Like iron, it trusts the expiry
 * written in the seal; the time to live matters only when sealing.
 */
function open(sealed: string, passwords: SealPasswords): unknown {
  const parts = sealed.split("*");
  if (parts.length !== 8) throw new Error("Incorrect number of sealed components");
  const [prefix, id, encryptionSalt, ivText, encryptedText, expiration, macSalt, mac] = parts as [string, string, string, string, string, string, string, string];
  if (prefix !== PREFIX) throw new Error("Wrong mac prefix");
  if (expiration) {
    if (!/^\d+$/.test(expiration)) throw new Error("Invalid expiration");
    if (Number.parseInt(expiration, 10) <= Date.now() - TIMESTAMP_SKEW_MS) throw new Error("Expired seal");
  }
  const passwordId = id || "default";
  if (!Object.hasOwn(passwords, passwordId)) throw new Error(`Cannot find password: ${passwordId}`);
  const password = passwords[passwordId]!;
  const macBase = `${prefix}*${id}*${encryptionSalt}*${ivText}*${encryptedText}*${expiration}`;
  const expected = Buffer.from(macOf(password, macSalt, macBase));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw new Error("Bad hmac value");
  const decipher = createDecipheriv("aes-256-cbc", derivedKey(password, encryptionSalt), Buffer.from(ivText, "base64url"));
  const decrypted = Buffer.concat([decipher.update(Buffer.from(encryptedText, "base64url")), decipher.final()]).toString("utf8");
  return decrypted ? JSON.parse(decrypted) : null;
}
