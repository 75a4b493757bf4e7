/**
 * A server address fit for a log line or an error page: the password becomes "***", everything
 * else (user, host, port, database) stays, because that is what a reader needs to fix it.
 * Takes URLs ("redis://u:pw@h" → "redis://u:***@h") and memjs's server lists
 * ("u:pw@h:11211,h2" → "u:***@h:11211,h2").
 */
export function withoutPassword(address: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(address)) return urlWithoutPassword(address);
  return address.replace(/(^|\/\/|,)([^:@/,\s]*):[^@/,\s]*@/g, "$1$2:***@");
}

function urlWithoutPassword(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Not a URL after all: show none of it rather than risk printing a secret.
    return "(not a valid URL)";
  }
  if (!parsed.password) return url;
  parsed.password = "***";
  return parsed.toString();
}
