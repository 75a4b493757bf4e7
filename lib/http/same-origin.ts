// Pure on purpose: the proxy, route handlers and their unit tests all use it.

/** Methods that may change state: the ones a cross-site form or fetch must not be able to send us. */
export const isStateChanging = (method: string) => !["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase());

/**
 * True when a state-changing request was sent by a page of this site (or of an origin named in
 * ALLOWED_ORIGINS). Browsers send Origin with every POST, and a page on another site cannot forge
 * it, so a cross-site form (CSRF) is refused. A missing or "null" Origin is refused too: no
 * browser page of ours sends one. OWASP CSRF Cheat Sheet: "Verifying origin with standard headers".
 */
export function isSameOriginRequest(headers: Headers, allowedOrigins: readonly string[] = []): boolean {
  const origin = headers.get("origin");
  // Behind a proxy the public host arrives as X-Forwarded-Host; Next.js's own server actions compare the same way.
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (!origin || origin === "null" || !host) return false;
  try {
    const url = new URL(origin);
    return url.host === host.toLowerCase() || allowedOrigins.includes(url.origin);
  } catch {
    return false;
  }
}
