// Builds an ioredis client that fails fast. Not marked server-only, like lib/db-client.ts: the
// start-up task builds one too; the app uses the single instance in lib/redis.ts.
import Redis from "ioredis";

import { withoutPassword } from "@/lib/config/redact";

/** Longest a command waits for an answer before the page says 503: well inside 3 s, well above a busy server's pause. */
const COMMAND_TIMEOUT_MS = 2000;

/**
 * ioredis queues commands while the server is away, so a page would hang until it returns.
 * Without the queue, and with one retry, a command fails at once (the page answers 503) while
 * the client keeps reconnecting in the background, every 2 s at most: the app recovers by itself.
 * A server that is connected but hung (stopped, swapping) never closes the connection: the command
 * timeout bounds that case, and the answer Redis sends once it resumes is read and dropped.
 */
export function createRedisClient(url: string): Redis {
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    commandTimeout: COMMAND_TIMEOUT_MS,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  // One line when the server goes away and one when it is back, not one per reconnect attempt.
  let down = false;
  client.on("error", (error: Error) => {
    if (down) return;
    down = true;
    console.error(`Redis at ${withoutPassword(url)} is unreachable (${error.message}); retrying in the background.`);
  });
  client.on("ready", () => {
    if (!down) return;
    down = false;
    console.error(`Redis at ${withoutPassword(url)} is back.`);
  });
  return client;
}

/**
 * Waits for the client's first connection (at most `timeoutMs`): without the offline queue, a
 * command sent before it would fail. Later, while reconnecting after an outage, it does not wait:
 * the command fails at once, and the page says the store is unavailable.
 */
export async function firstConnection(client: Redis, timeoutMs = 2000): Promise<void> {
  if (client.status !== "wait" && client.status !== "connecting" && client.status !== "connect") return;
  if (client.status === "wait") client.connect().catch(() => {});
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      client.off("ready", done);
      client.off("error", done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    client.once("ready", done);
    client.once("error", done);
  });
}

/** What ioredis says when the server does not answer, as opposed to a command Redis refused. */
const UNREACHABLE = /Stream isn't writeable|Connection is closed|Command timed out|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|^LOADING /;

export function isRedisUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return error.name === "MaxRetriesPerRequestError" || UNREACHABLE.test(error.message);
}
