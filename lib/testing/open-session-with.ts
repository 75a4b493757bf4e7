// Opens a session the way getSession() and the proxy do (openSession, cookiePersistence), with a
// jar in memory instead of a request, a clock the test moves, and a client the test names.
import { parseConfig, type AppConfig } from "@/lib/config/schema";

import type { ClientInfo } from "@/lib/session/client-binding";
import { cookiePersistence, sessionCookieFlags, type SessionCookieJar } from "@/lib/session/cookie-policy";
import { openSession } from "@/lib/session/open-session";
import type { SessionStore } from "@/lib/session/store";

export const TEST_SECRET = "unit-test-secret-0123456789abcdef0123";
export const BROWSER: ClientInfo = { userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/156", ip: "203.0.113.1" };

export function testConfig(env: Record<string, string> = {}): AppConfig {
  const result = parseConfig({ SESSION_SECRET: TEST_SECRET, ...env });
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return result.config;
}

/** A clock that stands still until the test moves it. */
export function testClock(start = Date.now()) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

export async function openWith(
  store: SessionStore,
  sentToken: string | null,
  { config = testConfig(), clock = Date.now, client = BROWSER }: { config?: AppConfig; clock?: () => number; client?: ClientInfo } = {},
) {
  /** Each Set-Cookie this request sent, in order: a value and its Max-Age, or null for a deletion. */
  const sent: ({ value: string; maxAge: number | undefined } | null)[] = [];
  const jar: SessionCookieJar = {
    set: (_name, value, options) => void sent.push({ value, maxAge: options.maxAge }),
    delete: () => void sent.push(null),
  };
  /** What the browser holds now: the last cookie sent, or the one it came with when none was. */
  const cookie = () => (sent.length === 0 ? sentToken : (sent.at(-1)?.value ?? null));
  const persistence = cookiePersistence(store, config, sessionCookieFlags(config, false), jar);
  const opened = await openSession(store, config, sentToken, persistence, client, clock);
  return { ...opened, cookie, setCookies: () => [...sent] };
}
