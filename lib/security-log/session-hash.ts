import { createHmac } from "node:crypto";

/**
 * How the security log names a session: an HMAC, under a key of the server's, of the session's
 * registry id (the SHA-256 of its token, lib/session/user-sessions.ts), so an entry written from
 * the cookie a browser sent and one written when an admin ended that session by id match. Someone
 * who reads the log can neither replay it nor find the Session row it belongs to: the row's key
 * is the plain SHA-256, and this needs the server's key. 16 bytes are plenty to tell sessions apart.
 */
export function sessionHashOf(registryId: string, key: string): string {
  return createHmac("sha256", `security-log\0${key}`).update(registryId).digest("hex").slice(0, 32);
}
