// The Memcached connection, shared by the store and the start-up check (which runs outside
// Next.js, hence no "server-only" here). memjs speaks Memcached's binary protocol.
import memjs from "memjs";

import { withoutPassword } from "@/lib/config/redact";

/**
 * Longest a page waits for Memcached before it answers 503 instead. A refused connection fails at
 * once; this bounds the other cases (a server that drops packets, or is connected but hung).
 * Seconds, not milliseconds: a busy server's event loop can hold a localhost connect back for over
 * a second, and that is not an outage.
 */
export const MEMCACHED_DEADLINE_MS = 2000;

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

// memjs has no gets/cas, but Memcached's binary protocol has both: every response header carries
// the item's CAS value, and a SET that carries one is refused if the item changed since. These two
// send exactly those requests through memjs's own perform().

const GET = 0x00;
const SET = 0x01;
const STATUS_OK = 0;
const STATUS_NOT_FOUND = 1;
const STATUS_EXISTS = 2;

function send(client: memjs.Client, key: string, request: (seq: number) => Buffer): Promise<memjs.Response> {
  client.incrSeq();
  const seq = client.seq;
  return new Promise((resolve, reject) => client.perform(key, request(seq), seq, (error, response: memjs.Response) => (error ? reject(error) : resolve(response))));
}

/** The value and its CAS value, or null when there is no such key. */
export async function gets(client: memjs.Client, key: string): Promise<{ value: Buffer; cas: Buffer } | null> {
  const { header, val } = await send(client, key, (seq) => memjs.Utils.makeRequestBuffer(GET, key, "", "", seq));
  if (header.status === STATUS_NOT_FOUND) return null;
  if (header.status !== STATUS_OK) throw new Error(`Memcached GET answered status ${header.status}`);
  return { value: val, cas: header.cas };
}

/** Sets the key only if its CAS value is still `cas`: "changed" when another write came first, "gone" when the key is. */
export async function cas(client: memjs.Client, key: string, value: string, casValue: Buffer, expires: number): Promise<"stored" | "changed" | "gone"> {
  const extras = Buffer.concat([Buffer.alloc(4), memjs.Utils.makeExpiration(expires)]);
  const { header } = await send(client, key, (seq) => {
    const request = memjs.Utils.makeRequestBuffer(SET, key, extras, value, seq);
    casValue.copy(request, 16); // the CAS field of the request header
    return request;
  });
  if (header.status === STATUS_OK) return "stored";
  if (header.status === STATUS_EXISTS) return "changed";
  if (header.status === STATUS_NOT_FOUND) return "gone";
  throw new Error(`Memcached SET answered status ${header.status}`);
}

