import "server-only";

import type Redis from "ioredis";

import { getConfig } from "@/lib/config";

import { createRedisClient } from "./redis-client";

// One connection per server process (ioredis pipelines every request over it); `next dev`
// reloads modules, so it is kept on globalThis, like the Prisma client in lib/db.ts.
const globalForRedis = globalThis as unknown as { redis?: Redis };

export function getRedis(): Redis {
  globalForRedis.redis ??= createRedisClient(getConfig().redisUrl);
  return globalForRedis.redis;
}
