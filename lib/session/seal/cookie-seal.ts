import "server-only";

import { defaults, seal, unseal } from "iron-webcrypto";

import { nodeWebCrypto } from "./node-web-crypto";

/**
 * iron-session's sealData and unsealData (iron-session 8, src/core.ts), step for step, over
 * iron-webcrypto with node:crypto (node-web-crypto.ts) instead of the Web Crypto that iron-session
 * hard-wires: same defaults, same password ids, same "~2" version suffix, same errors. A cookie
 * either one seals, the other opens; cookie-seal.test.ts checks both directions.
 */

/** iron-session's token format version, after the "~". */
const CURRENT_VERSION = 2;

/** Password id to secret, as iron-session takes them; the highest id seals. */
export type SealPasswords = Record<string, string>;

export async function sealValue(value: unknown, passwords: SealPasswords, ttlSeconds: number): Promise<string> {
  const newestId = Math.max(...Object.keys(passwords).map(Number));
  const sealed = await seal(nodeWebCrypto, value, { id: String(newestId), secret: passwords[newestId]! }, { ...defaults, ttl: ttlSeconds * 1000 });
  return `${sealed}~${CURRENT_VERSION}`;
}

/**
 * The sealed value; `{}` where iron-session answers `{}`: an expired seal, a seal made with
 * another secret, one whose password id is not given, or one with the wrong number of parts.
 * Throws, as iron-session does, for a seal that passes its HMAC yet does not decrypt to JSON.
 */
export async function unsealValue(token: string, passwords: SealPasswords, ttlSeconds: number): Promise<unknown> {
  const [sealed, versionText] = token.split("~");
  const version = versionText === undefined ? null : Number.parseInt(versionText, 10);
  try {
    const value = ((await unseal(nodeWebCrypto, sealed!, passwords, { ...defaults, ttl: ttlSeconds * 1000 })) ?? {}) as { persistent?: object };
    // Version 1 seals (iron-session 6) kept the session under "persistent".
    return version === CURRENT_VERSION ? value : { ...value.persistent };
  } catch (error) {
    if (error instanceof Error && /^(Expired seal|Bad hmac value|Cannot find password|Incorrect number of sealed components)/.test(error.message)) return {};
    throw error;
  }
}
