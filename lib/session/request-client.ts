import "server-only";

import { getConfig } from "@/lib/config";

import type { ClientInfo } from "./client-binding";
import { forwardedClient } from "./forwarded-client";

/** The client of a request, with its address as TRUST_PROXY allows it to be known (./forwarded-client.ts). */
export function clientOf(headers: Headers): ClientInfo {
  return { userAgent: headers.get("user-agent") ?? "", ip: forwardedClient(headers, getConfig().trustProxy).ip };
}

/** Whether the browser reached the site over HTTPS: the socket's scheme, or a trusted proxy's word. */
export function requestIsHttps(headers: Headers): boolean {
  return forwardedClient(headers, getConfig().trustProxy).https;
}
