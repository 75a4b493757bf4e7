import "server-only";

import { getConfig } from "@/lib/config";
import { getDb } from "@/lib/db";
import type { ClientInfo } from "@/lib/session/client-binding";

import { describeDevice, deviceLine } from "./device";
import type { SecurityEventKind } from "./kinds";
import { sessionHashOf } from "./session-hash";

export interface SecurityEventInput {
  kind: SecurityEventKind;
  /** Whom it concerns; a failed sign-in with an unknown name keeps only the name typed. */
  user?: { id?: number | null; username?: string | null } | null;
  /** The request that caused it: its address and a short description of its browser. */
  client: ClientInfo;
  /** The session it concerns, as its registry id (registryIdOf its token): only a keyed hash of it is written. */
  sessionId?: string | null;
  /** A few words more ("admin → user", "by admin"); never a password or a token. */
  detail?: string;
}

/**
 * Writes one entry of the security log. A failure to write is reported on the console and does not
 * fail the request: a sign-out must still sign out when the log's table is unwritable.
 */
export async function recordSecurityEvent({ kind, user, client, sessionId, detail }: SecurityEventInput): Promise<void> {
  try {
    await getDb().securityEvent.create({
      data: {
        kind,
        userId: user?.id ?? null,
        username: user?.username?.slice(0, 64) ?? null,
        ip: client.ip.slice(0, 64),
        device: deviceLine(describeDevice(client.userAgent)),
        sessionHash: sessionId ? sessionHashOf(sessionId, getConfig().sessionSecrets[0]!) : null,
        detail: detail?.slice(0, 200) ?? null,
      },
    });
  } catch (error) {
    console.error(`Security log: could not record ${kind}:`, error instanceof Error ? error.message : error);
  }
}
