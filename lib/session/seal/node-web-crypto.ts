import "server-only";

import { createCipheriv, createDecipheriv, createHmac, getRandomValues, pbkdf2Sync } from "node:crypto";

import type { seal } from "iron-webcrypto";

/**
 * The few Web Crypto calls iron-webcrypto makes (PBKDF2-SHA-1, AES-256-CBC, HMAC-SHA-256), done
 * by node:crypto synchronously. Node's own `crypto.subtle` runs each call as a job on the libuv
 * thread pool; a seal makes eight of them, and those round trips, not the cryptography, were most
 * of its 0.35 ms. iron-webcrypto takes the crypto object as its first argument precisely so that
 * any implementation can be passed in; the bytes it computes are the same (tests in
 * cookie-seal.test.ts check seals both ways against iron-session itself).
 */
type WebCrypto = Parameters<typeof seal>[0];

interface RawKey {
  algorithm: { name: string; hash?: string | { name: string } };
  bytes: Buffer;
}

type Bytes = ArrayBuffer | ArrayBufferView;

const bufferOf = (data: Bytes): Buffer =>
  ArrayBuffer.isView(data) ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : Buffer.from(data);

/** "SHA-256" (Web Crypto's name) to "sha256" (OpenSSL's). */
const hashName = (hash: string | { name: string } | undefined): string => {
  const name = typeof hash === "string" ? hash : hash?.name;
  if (name !== "SHA-1" && name !== "SHA-256") throw new Error(`Unsupported hash: ${String(name)}`);
  return name.replace("-", "").toLowerCase();
};

/** iron-webcrypto only ever asks for AES-256-CBC (its default "aes-256-cbc" algorithm). */
function aesCbc(key: RawKey, iv: Bytes) {
  if (key.algorithm.name !== "AES-CBC" || key.bytes.length !== 32) throw new Error("Only AES-256-CBC keys are supported");
  return { key: key.bytes, iv: bufferOf(iv) };
}

const subtle = {
  async importKey(format: string, keyData: Bytes, algorithm: RawKey["algorithm"]): Promise<RawKey> {
    if (format !== "raw") throw new Error(`Unsupported key format: ${format}`);
    // A copy: the caller may reuse its buffer.
    return { algorithm, bytes: Buffer.from(bufferOf(keyData)) };
  },
  async deriveBits(params: { name: string; hash: string; salt: Bytes; iterations: number }, key: RawKey, length: number) {
    if (params.name !== "PBKDF2") throw new Error(`Unsupported derivation: ${params.name}`);
    return pbkdf2Sync(key.bytes, bufferOf(params.salt), params.iterations, length / 8, hashName(params.hash));
  },
  async encrypt(params: { iv: Bytes }, key: RawKey, data: Bytes) {
    const { key: aesKey, iv } = aesCbc(key, params.iv);
    const cipher = createCipheriv("aes-256-cbc", aesKey, iv);
    return Buffer.concat([cipher.update(bufferOf(data)), cipher.final()]);
  },
  async decrypt(params: { iv: Bytes }, key: RawKey, data: Bytes) {
    const { key: aesKey, iv } = aesCbc(key, params.iv);
    const decipher = createDecipheriv("aes-256-cbc", aesKey, iv);
    return Buffer.concat([decipher.update(bufferOf(data)), decipher.final()]);
  },
  async sign(_params: unknown, key: RawKey, data: Bytes) {
    if (key.algorithm.name !== "HMAC") throw new Error("Only HMAC keys can sign");
    return createHmac(hashName(key.algorithm.hash), key.bytes).update(bufferOf(data)).digest();
  },
};

export const nodeWebCrypto = { subtle, getRandomValues } as unknown as WebCrypto;
