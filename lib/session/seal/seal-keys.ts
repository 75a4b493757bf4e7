import "server-only";

import { pbkdf2Sync, randomBytes } from "node:crypto";

/**
 * The keys the cookie seal needs, without paying for them on every request. iron derives each
 * seal's AES and HMAC keys from the password and two fresh 256-bit salts (PBKDF2, one iteration),
 * and draws salts, IV and all from the system's generator one call at a time: inside a busy
 * `next start` that was about 35 µs of a 90 µs seal. Here a salt pair seals new cookies for
 * SEAL_SALT_LIFETIME_MS, so its keys are derived once; every seal still gets a fresh random IV.
 * Reusing an AES-CBC key with random IVs, and an HMAC key, is how those primitives are meant to be
 * used; the only thing an observer learns is that two cookies were sealed by the same process
 * within the same minute. Unsealing remembers the keys of recent salts as well, ours or not.
 */

/** How long one salt pair seals new cookies before a fresh pair is drawn. */
export const SEAL_SALT_LIFETIME_MS = 60_000;
/** iron's salts: 256 bits, written as hex, and used as that hex text. */
const SALT_BYTES = 32;
const KEY_BYTES = 32;
const MIN_PASSWORD_LENGTH = 32;
/** Derived keys kept per password: a few salt pairs of ours, and recent cookies' own salts. */
const KEYS_KEPT = 64;
/** Random bytes drawn from the system at once, then handed out a few at a time. */
const RANDOM_BATCH_BYTES = 4096;

let pool = Buffer.alloc(0);
let poolOffset = 0;

/** `size` bytes from the system's CSPRNG, drawn in batches; each byte is handed out once. */
export function freshRandomBytes(size: number): Buffer {
  if (poolOffset + size > pool.length) {
    pool = randomBytes(Math.max(RANDOM_BATCH_BYTES, size));
    poolOffset = 0;
  }
  // A copy, so that nothing that keeps the result keeps the pool alive or sees it reused.
  const bytes = Buffer.from(pool.subarray(poolOffset, poolOffset + size));
  pool.fill(0, poolOffset, poolOffset + size);
  poolOffset += size;
  return bytes;
}

const keysByPassword = new Map<string, Map<string, Buffer>>();

/** PBKDF2-SHA-1, one iteration, the salt's hex text as the salt: iron's key, remembered. */
export function derivedKey(password: string, salt: string): Buffer {
  if (password.length < MIN_PASSWORD_LENGTH) throw new Error(`Password string too short (min ${MIN_PASSWORD_LENGTH} characters required)`);
  let keys = keysByPassword.get(password);
  if (!keys) keysByPassword.set(password, (keys = new Map()));
  let key = keys.get(salt);
  if (!key) {
    key = pbkdf2Sync(password, salt, 1, KEY_BYTES, "sha1");
    if (keys.size >= KEYS_KEPT) keys.delete(keys.keys().next().value!);
    keys.set(salt, key);
  }
  return key;
}

interface SaltPair {
  encryptionSalt: string;
  macSalt: string;
  drawnAt: number;
}

const saltsByPassword = new Map<string, SaltPair>();

/** The salts a new seal under this password uses: the current pair, or a fresh one once it is a minute old. */
export function sealingSalts(password: string, now = Date.now()): { encryptionSalt: string; macSalt: string } {
  let pair = saltsByPassword.get(password);
  if (!pair || now - pair.drawnAt >= SEAL_SALT_LIFETIME_MS || now < pair.drawnAt) {
    pair = { encryptionSalt: freshRandomBytes(SALT_BYTES).toString("hex"), macSalt: freshRandomBytes(SALT_BYTES).toString("hex"), drawnAt: now };
    saltsByPassword.set(password, pair);
  }
  return pair;
}
