import "server-only";

import { getConfig } from "@/lib/config";
import { getDb } from "@/lib/db";

import type { SessionStore } from "./store";
import { sealedCookieStore } from "./stores/cookie";
import { databaseStore } from "./stores/database";

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
  }
  return active;
}
