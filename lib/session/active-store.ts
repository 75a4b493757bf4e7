import "server-only";

import { getConfig } from "@/lib/config";
import { getDb } from "@/lib/db";
import { getRedis } from "@/lib/redis";

import { limitingSize } from "./size-limit";
import type { SessionStore } from "./store";
import { sealedCookieStore } from "./stores/cookie";
import { databaseStore } from "./stores/database";
import { redisStore } from "./stores/redis";
import { fileStore } from "./stores/file";
import { memcachedStore } from "./stores/memcached";
import { memcachedConnection } from "@/lib/memcached-client";

let active: SessionStore | undefined;

/** The store SESSION_STORE names, built once per process. Adding a store is one case here, and its name in SESSION_STORES. */
export function getActiveStore(): SessionStore {
  if (active) return active;
  const config = getConfig();
  // The cookie's own limit is the browsers' 4096 bytes (cookie-policy.ts); a server-side store's is SESSION_MAX_BYTES.
  const limited = (store: SessionStore) => limitingSize(store, config.sessionMaxBytes);
  switch (config.sessionStore) {
    case "cookie":
      active = sealedCookieStore(config.sessionSecrets, config.sessionTtlSeconds);
      break;
    case "database":
      active = limited(databaseStore(getDb()));
      break;
    case "redis":
      active = limited(redisStore(getRedis(), config.sessionKeyPrefix));
      break;
    case "file":
      active = limited(fileStore(config.sessionFileDir));
      break;
    case "memcached":
      active = limited(memcachedStore(memcachedConnection(config.memcachedUrl), config.sessionKeyPrefix));
      break;
  }
  return active;
}
