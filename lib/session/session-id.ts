// The random ids that server-side stores put in the cookie. Shared by every store that keeps
// sessions on the server (database, file, Memcached, …), so they all hand out the same kind of id.
import { createHash, randomBytes } from "node:crypto";

/** 256 bits from the CSPRNG: OWASP asks for at least 64 bits of entropy, the issue for 128. */
const TOKEN_BYTES = 32;

export const newSessionToken = () => randomBytes(TOKEN_BYTES).toString("base64url");

/** Only the hash is stored, so someone who reads the store cannot present its ids as cookies. */
export const hashSessionToken = (token: string) => createHash("sha256").update(token).digest("hex");

// A well-formed token is exactly 43 base64url characters; anything else is not worth a lookup.
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const isWellFormedToken = (token: string) => TOKEN_PATTERN.test(token);
