import type { AppConfig } from "@/lib/config/schema";

export interface SessionCookieFlags {
  name: string;
  httpOnly: true;
  secure: boolean;
  sameSite: "lax";
  path: "/";
}

/**
 * The flags every session cookie gets. HttpOnly keeps scripts (and XSS) away from it, SameSite=Lax
 * keeps it off cross-site POSTs, and Secure keeps it off plain HTTP wherever HTTPS is in use.
 */
export function sessionCookieFlags(config: AppConfig, requestIsHttps: boolean): SessionCookieFlags {
  const secure =
    config.sessionCookieSecure === "true" ||
    (config.sessionCookieSecure === "auto" && (config.production || requestIsHttps));
  return { name: config.sessionCookieName, httpOnly: true, secure, sameSite: "lax", path: "/" };
}

/** Max-Age for a permanent session; none (a browser-session cookie) otherwise, like Flask. */
export function sessionCookieMaxAge(config: AppConfig, permanent: boolean): number | undefined {
  return permanent ? config.sessionTtlSeconds : undefined;
}
