// Builds a Prisma client over the driver adapter. Not marked server-only because the seed, the
// start-up task and the unit tests build their own; the app uses the single instance in lib/db.ts.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

import { PrismaClient } from "@/lib/generated/sqlite";

export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl }) });
}
