// Start-up's store step: a store that lives somewhere (a folder, a server) is tried once before
// Next.js starts, so a wrong setting stops `npm start` with its name instead of failing the first
// request with a 503.
import { randomBytes } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";

import { withoutPassword } from "@/lib/config/redact";
import type { AppConfig } from "@/lib/config/schema";
import { memcachedConnection } from "@/lib/memcached-client";

/** The first port in a memjs server list, for a copy-and-paste command that starts Memcached there. */
const firstPort = (servers: string) => /:(\d+)(?:,|$)/.exec(servers.split(",")[0]!)?.[1] ?? "11211";

const REASONS: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ENOTFOUND: "unknown host",
  EAI_AGAIN: "unknown host",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "read-only file system",
  EEXIST: "a file of that name is in the way",
  ENOTDIR: "a file is in the way",
};

const reasonOf = (error: unknown) => REASONS[(error as NodeJS.ErrnoException).code ?? ""] ?? (error instanceof Error ? error.message : String(error));

async function checkFileFolder(dir: string, projectDir: string): Promise<string | null> {
  const folder = path.resolve(projectDir, dir);
  const probe = path.join(folder, `.write-test-${randomBytes(4).toString("hex")}`);
  try {
    await mkdir(folder, { recursive: true, mode: 0o700 });
    await writeFile(probe, "", { mode: 0o600 });
    await rm(probe);
    return null;
  } catch (error) {
    return (
      `SESSION_FILE_DIR=${dir}: sessions cannot be written to ${folder} (${reasonOf(error)}). ` +
      "Let the user that runs the app create and write that folder, or set SESSION_FILE_DIR to one it can."
    );
  }
}

async function checkMemcached(servers: string): Promise<string | null> {
  const connection = memcachedConnection(servers);
  try {
    await connection.ping();
    return null;
  } catch (error) {
    return (
      `MEMCACHED_URL=${withoutPassword(servers)}: no Memcached answers there (${reasonOf(error)}). ` +
      `Start one (memcached -d -u nobody -l 127.0.0.1 -p ${firstPort(servers)}), or set MEMCACHED_URL to a server that runs.`
    );
  } finally {
    connection.close();
  }
}

/** The problem with the active store's server or folder, or null when it answers. */
export async function checkSessionStore(config: AppConfig, projectDir: string): Promise<string | null> {
  switch (config.sessionStore) {
    case "file":
      return checkFileFolder(config.sessionFileDir, projectDir);
    case "memcached":
      return checkMemcached(config.memcachedUrl);
    default:
      return null;
  }
}
