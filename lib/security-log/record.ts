import "server-only";

import { getConfig } from "@/lib/config";
import { getDb } from "@/lib/db";
import type { ClientInfo } from "@/lib/session/client-binding";

import { burstCounter } from "./burst";
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
 * What any client can cause as often as it likes, with one made-up cookie per request: logged once
 * a burst (./burst.ts), so a thousand forged cookies are one entry with a count, not a thousand.
 */
const BURST_KINDS: ReadonlySet<SecurityEventKind> = new Set(["tampered-cookie", "unknown-session", "binding-mismatch"]);

const bursts = burstCounter();

/** Logs an error instead of failing the request: a sign-out must still sign out when the log's table is unwritable. */
async function orReport<T>(kind: SecurityEventKind, write: () => Promise<T>): Promise<T | null> {
  try {
    return await write();
  } catch (error) {
    console.error(`Security log: could not record ${kind}:`, error instanceof Error ? error.message : error);
    return null;
  }
}

async function writeEntry({ kind, user, client, sessionId, detail }: SecurityEventInput, device: string): Promise<number | null> {
  const row = await orReport(kind, () =>
    getDb().securityEvent.create({
      data: {
        kind,
        userId: user?.id ?? null,
        username: user?.username?.slice(0, 64) ?? null,
        ip: client.ip.slice(0, 64),
        device,
        sessionHash: sessionId ? sessionHashOf(sessionId, getConfig().sessionSecrets[0]!) : null,
        detail: detail?.slice(0, 200) ?? null,
      },
      select: { id: true },
    }),
  );
  return row?.id ?? null;
}

// #region record-event
/**
 * Writes one entry of the security log, or, for a kind any client can repeat at will, counts it
 * into the entry of the same kind from the same client (address and device) in the last minute.
 */
export async function recordSecurityEvent(event: SecurityEventInput): Promise<void> {
  const device = deviceLine(describeDevice(event.client.userAgent));
  if (!BURST_KINDS.has(event.kind)) {
    await writeEntry(event, device);
    return;
  }
  const key = [event.kind, event.client.ip, device].join("\n");
  await bursts.record(
    key,
    () => writeEntry(event, device),
    (id) => orReport(event.kind, () => getDb().securityEvent.update({ where: { id }, data: { count: { increment: 1 } }, select: { id: true } })).then(() => undefined),
  );
}
// #endregion record-event
