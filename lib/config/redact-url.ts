/**
 * A server URL fit for a log line or an error page: the password becomes "***", everything
 * else (user, host, port, database) stays, because that is what a reader needs to fix it.
 */
export function withoutPassword(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Not a URL at all: show none of it rather than risk printing a secret.
    return "(not a valid URL)";
  }
  if (!parsed.password) return url;
  parsed.password = "***";
  return parsed.toString();
}
