import { createHash } from "node:crypto";

import type { SessionBinding } from "@/lib/config/schema";

/** What the server knows of the client sending a request. */
export interface ClientInfo {
  userAgent: string;
  ip: string;
}

/**
 * SESSION_BIND's fingerprint of a client: a hash, so the record does not keep the User-Agent or
 * the address themselves. A cookie copied to another browser (or, with ua+ip, another network)
 * no longer matches, and the session ends. Undefined when binding is off.
 */
export function bindingOf(mode: SessionBinding, client: ClientInfo): string | undefined {
  if (mode === "off") return undefined;
  const parts = mode === "ua+ip" ? [mode, client.userAgent, client.ip] : [mode, client.userAgent];
  return createHash("sha256").update(parts.join("\0")).digest("base64url").slice(0, 22);
}
