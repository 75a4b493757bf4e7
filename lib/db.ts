import "server-only";

import { getConfig } from "@/lib/config";

import { createPrismaClient, type PrismaClient } from "./db-client";

// One client per server process; `next dev` reloads modules, so it is kept on globalThis.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export function getDb(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(getConfig().databaseUrl);
  return globalForPrisma.prisma;
}
