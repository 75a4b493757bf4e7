import { AsyncLocalStorage } from "node:async_hooks";
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import v8 from "node:v8";
import vm from "node:vm";

import { afterAll, describe, expect, it } from "vitest";

import { freePort } from "@/lib/testing/private-servers";

import { SessionStoreUnavailableError } from "../errors";
import { memcachedConnection } from "@/lib/memcached-client";
import { newRecord, TIMED_OUT_KEPT_MS } from "../record";
import { hashSessionToken } from "../session-id";
import { describeStoreContract } from "@/lib/testing/store-contract";
import { memcachedStore } from "./memcached";

// A real Memcached, as .ci/run starts one; the tests say plainly when there is none.
const servers = process.env.MEMCACHED_URL || "127.0.0.1:11211";
const connection = memcachedConnection(servers);
const reachable = await connection.ping().then(
  () => true,
  () => false,
);
if (!reachable) console.warn(`memcached store tests skipped: no Memcached at ${servers} (set MEMCACHED_URL, or start one: memcached -d -u nobody -l 127.0.0.1 -p 11211)`);

// A prefix of this run's own, so a shared server's other keys are never touched.
const prefix = `test-${randomBytes(4).toString("hex")}:`;
afterAll(() => connection.close());

describe.skipIf(!reachable)("with a Memcached server", () => {
  describeStoreContract("memcached", () => memcachedStore(connection, prefix), {
    revokesOldTokens: true,
    listsSessions: false,
    hangingServer: {
      kind: "memcached",
      storeOn: async (server) => {
        const own = memcachedConnection(server.url);
        return { store: memcachedStore(own, prefix), close: async () => own.close() };
      },
    },
    corrupt: async (token) => {
      await connection.run((client) => client.set(`${prefix}${hashSessionToken(token)}`, "{not json", { expires: 60 }));
    },
  });

  describe("memcached store", () => {
    it("keeps the whole record as JSON under the prefix and the id's hash, with a TTL", async () => {
      const store = memcachedStore(connection, prefix);
      const record = { ...newRecord(3600), data: { user: { id: 7, name: "alice" } } };
      const token = await store.save(null, record);
      const { value } = await connection.run((client) => client.get(`${prefix}${hashSessionToken(token)}`));
      expect(JSON.parse(value!.toString())).toEqual(record);
      expect(await connection.run((client) => client.get(`${prefix}${token}`))).toMatchObject({ value: null });
    });

    it("keeps nothing of the request that sent a command alive once the command is done", async () => {
      // Next.js runs each request inside AsyncLocalStorage, and a timer or socket made during a
      // command takes that context along. memjs re-armed its socket's idle timer (2 s) from the
      // first command after a quiet spell, keeping that request's whole render alive for as long
      // as the app ran: the bench's leak check saw it. A connection of its own, so its socket is
      // made (and any timer armed) outside the "request", then left quiet past that timer.
      v8.setFlagsFromString("--expose-gc");
      const collectGarbage = vm.runInNewContext("gc") as () => void;
      const requestContext = new AsyncLocalStorage<object>();
      const ownConnection = memcachedConnection(servers);
      try {
        const store = memcachedStore(ownConnection, prefix);
        const token = await store.save(null, newRecord(3600));
        await new Promise((resolve) => setTimeout(resolve, 2100));
        let request: WeakRef<object> | undefined;
        await requestContext.run({ response: "a request's state" }, async () => {
          request = new WeakRef(requestContext.getStore()!);
          await store.save(token, { ...newRecord(3600), data: { seen: true } });
        });
        await new Promise((resolve) => setTimeout(resolve, 50));
        collectGarbage();
        expect(request!.deref()).toBeUndefined();
      } finally {
        ownConnection.close();
      }
    });

    it("lets Memcached forget a session an hour after its timeout", async () => {
      const store = memcachedStore(connection, prefix);
      // Timed out an hour ago, less a second: Memcached has a second left to keep it.
      const token = await store.save(null, { ...newRecord(3600), expiresAt: Date.now() + 1000 - TIMED_OUT_KEPT_MS });
      expect((await store.refusalOf!(token))?.reason).toBe("expired");
      const again = await store.save(null, { ...newRecord(3600), expiresAt: Date.now() + 1000 - TIMED_OUT_KEPT_MS });
      await new Promise((resolve) => setTimeout(resolve, 2100));
      const { value } = await connection.run((client) => client.get(`${prefix}${hashSessionToken(again)}`));
      expect(value).toBeNull();
    });
  });
});

describe("memcached store with the server down", () => {
  it("answers SessionStoreUnavailableError at once when the connection is refused", async () => {
    // Nothing listens on port 1, so the connection is refused as it is when Memcached stops.
    const down = memcachedStore(memcachedConnection("127.0.0.1:1"), prefix);
    const started = Date.now();
    await expect(down.load("A".repeat(43))).rejects.toBeInstanceOf(SessionStoreUnavailableError);
    await expect(down.save(null, newRecord(3600))).rejects.toBeInstanceOf(SessionStoreUnavailableError);
    await expect(down.ping()).rejects.toBeInstanceOf(SessionStoreUnavailableError);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("gives up on a server that never answers within its deadline", async () => {
    // A non-routable address: packets vanish, as behind a firewall that drops them.
    const silent = memcachedStore(memcachedConnection("10.255.255.1:11211"), prefix);
    const started = Date.now();
    await expect(silent.load("A".repeat(43))).rejects.toBeInstanceOf(SessionStoreUnavailableError);
    expect(Date.now() - started).toBeLessThan(4500);
  });
});

const memcachedBinary = spawnSync("sh", ["-c", "command -v memcached"], { encoding: "utf8" }).stdout.trim();
if (!memcachedBinary) console.warn("memcached recovery test skipped: no memcached program to start and stop (apt-get install memcached)");

/** Starts a Memcached of the test's own in the foreground, so stopping it is killing one process. */
async function startMemcached(port: number): Promise<{ stop: () => Promise<void> }> {
  const child = spawn(memcachedBinary, ["-u", "nobody", "-l", "127.0.0.1", "-p", String(port)], { stdio: "ignore" });
  const probe = memcachedConnection(`127.0.0.1:${port}`);
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await probe.ping().then(() => true, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  probe.close();
  const stop = async () => {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
  };
  return { stop };
}

describe.skipIf(!memcachedBinary)("memcached store when its server stops and starts again (a hung one: the contract above)", () => {
  it("fails with SessionStoreUnavailableError while it is down, and works again without a restart of the app", async () => {
    const port = await freePort();
    const store = memcachedStore(memcachedConnection(`127.0.0.1:${port}`), prefix);
    let { stop } = await startMemcached(port);
    try {
      const token = await store.save(null, { ...newRecord(3600), data: { name: "before" } });
      await stop();
      await expect(store.load(token)).rejects.toBeInstanceOf(SessionStoreUnavailableError);
      await expect(store.ping()).rejects.toBeInstanceOf(SessionStoreUnavailableError);
      ({ stop } = await startMemcached(port));
      // A restarted Memcached starts empty: the old session is gone, new ones work.
      expect(await store.load(token)).toBeNull();
      const fresh = await store.save(null, { ...newRecord(3600), data: { name: "after" } });
      expect((await store.load(fresh))?.data).toEqual({ name: "after" });
    } finally {
      await stop();
    }
  });
});
