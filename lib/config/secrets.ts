// How the configuration lesson shows SESSION_SECRET without showing it: a list of secrets, newest
// first (rotation); a single secret is a list of one.
import { createHash } from "node:crypto";

export interface SecretDescription {
  /** Characters, the figure MIN_SECRET_LENGTH is about. */
  length: number;
  /** The first 8 hex digits of its SHA-256: enough to tell two secrets apart, useless for guessing one. */
  fingerprint: string;
}

export function describeSecrets(secrets: readonly string[]): SecretDescription[] {
  return secrets.map((secret) => ({ length: secret.length, fingerprint: createHash("sha256").update(secret).digest("hex").slice(0, 8) }));
}
