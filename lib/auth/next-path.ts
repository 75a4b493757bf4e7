/**
 * Where to go after logging in. Only a path on this site is accepted: "//evil.example" and
 * "/\evil.example" are protocol-relative URLs to another host (an open redirect), so they fall back.
 */
export function safeNextPath(next: unknown, fallback = "/profile"): string {
  if (typeof next !== "string" || next.length > 512) return fallback;
  if (!next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return fallback;
  // Control characters (a stray newline, a tab) have no place in a path we redirect to.
  if (/[\u0000-\u001f\u007f]/.test(next)) return fallback;
  return next;
}

export const loginUrl = (returnTo: string) => `/login?next=${encodeURIComponent(returnTo)}`;
