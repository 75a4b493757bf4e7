// The Memcached connection, shared by the store and the start-up check (which runs outside
// Next.js, hence no "server-only" here). memjs speaks Memcached's binary protocol.
import memjs from "memjs";

import { withoutPassword } from "@/lib/config/redact";

/**
 * Longest a page waits for Memcached before it answers 503 instead. A refused connection fails at
 * once; this bounds the other case. Seconds, not milliseconds: a busy server's event loop can hold
 * a localhost connect back for over a second, and that is not an outage.
 */
export const MEMCACHED_DEADLINE_MS = 3000;

function createClient(servers: string): memjs.Client {
  return memjs.Client.create(servers, {
    // One try: a retry only doubles the wait when the server is down.
    retries: 1,
    // No per-command timer of memjs's own: it re-arms its socket's idle timer from inside whichever
    // request sent a command, and Node keeps that request's async context (its response, its whole
    // render) alive with the timer, on a socket that lives as long as the app. run()'s deadline
    // bounds every command instead.
    timeout: 0,
    conntimeout: 2,
    keepAlive: true,
    // memjs logs every failure on console.log; callers turn them into one error of their own.
    logger: { log: () => {} },
  });
}

const PING_KEY = "sessions-by-example:ping";

export class MemcachedTimeoutError extends Error {
  constructor(servers: string) {
    super(`no answer from ${servers} within ${MEMCACHED_DEADLINE_MS} ms`);
    this.name = "MemcachedTimeoutError";
  }
}

/**
 * A memjs client that fails fast and heals. A refused connection fails at once, but a server
 * that drops packets (a firewall, a host that is gone) leaves memjs's connect pending with no
 * end, so every command also has a deadline; past it, the client is replaced, and the next
 * command opens a fresh socket. memjs reconnects by itself after a refused connection, so the
 * app recovers as soon as the server is back either way.
 */
export function memcachedConnection(servers: string) {
  let client = createClient(servers);

  async function run<T>(command: (client: memjs.Client) => Promise<T>): Promise<T> {
    const current = client;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        if (client === current) {
          client = createClient(servers);
          current.close();
        }
        reject(new MemcachedTimeoutError(withoutPassword(servers)));
      }, MEMCACHED_DEADLINE_MS);
    });
    try {
      return await Promise.race([command(current), deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    run,
    /** A round trip: a GET of a key that is never set. */
    ping: () => run((memcached) => memcached.get(PING_KEY)).then(() => undefined),
    close: () => client.close(),
  };
}

export type MemcachedConnection = ReturnType<typeof memcachedConnection>;

