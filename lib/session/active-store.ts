import "server-only";

import { getConfig } from "@/lib/config";
import { getDb } from "@/lib/db";
import { getRedis } from "@/lib/redis";

import type { SessionStore } from "./store";
import { sealedCookieStore } from "./stores/cookie";
import { databaseStore } from "./stores/database";
import { redisStore } from "./stores/redis";
import { fileStore } from "./stores/file";
import { memcachedStore } from "./stores/memcached";
import { memcachedConnection } from "./memcached-client";

let active: SessionStore | undefined;

/** The store SESSION_STORE names, built once per process. Adding a store is one line here. */
export function getActiveStore(): SessionStore {
  if (active) return active;
  const config = getConfig();
  switch (config.sessionStore) {
    case "cookie":
      active = sealedCookieStore(config.sessionSecrets, config.sessionTtlSeconds);
      break;
    case "database":
      active = databaseStore(getDb());
      break;
    case "redis":
      active = redisStore(getRedis(), config.sessionKeyPrefix);
      break;
    case "file":
      active = fileStore(config.sessionFileDir);
      break;
    case "memcached":
      active = memcachedStore(memcachedConnection(config.memcachedUrl), config.sessionKeyPrefix);
      break;
  }
  return active;
}
