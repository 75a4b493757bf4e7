import "server-only";

import { headers } from "next/headers";

import { requireUser } from "@/lib/auth/current-user";
import { DEVICE_KEY, type SessionUser } from "@/lib/auth/session-user";
import { endAllSessionsOf } from "@/lib/auth/users";
import type { Device } from "@/lib/security-log/device";
import { recordSecurityEvent } from "@/lib/security-log/record";
import { clientOf, currentSessionToken, getSession } from "@/lib/session";
import type { JsonValue } from "@/lib/session/store";
import { deleteSessionOfUser, registryIdOf, sessionsOfUser } from "@/lib/session/user-sessions";

import { reauthIsFresh } from "./reauth";

export interface OwnSession {
  /** The registry id (SHA-256 of the token); null with the cookie store, which has no list to name it in. */
  id: string | null;
  device: Device | null;
  createdAt: Date;
  lastSeenAt: Date;
  isCurrent: boolean;
}

function deviceOf(value: JsonValue | undefined): Device | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const { browser, os } = value;
  return typeof browser === "string" && typeof os === "string" ? { browser, os } : null;
}

const versionOf = (value: JsonValue | undefined) => (typeof value === "object" && value !== null && !Array.isArray(value) ? value.sessionVersion : undefined);

/**
 * "Where you're signed in". A server-side store lists every live session of the user (sessions of
 * an older version are dead already, and left out); a sealed cookie lives only in its browser, so
 * with the cookie store the list has this session alone, and `listable` is false.
 */
export async function listOwnSessions(): Promise<{ listable: boolean; sessions: OwnSession[] }> {
  const user = await requireUser("/account");
  const [session, token] = await Promise.all([getSession(), currentSessionToken()]);
  const currentId = token && registryIdOf(token);
  const stored = await sessionsOfUser(user.id);
  if (!stored) {
    const current = { id: null, device: deviceOf(session.get(DEVICE_KEY)), createdAt: session.createdAt, lastSeenAt: session.lastSeenAt, isCurrent: true };
    return { listable: false, sessions: [current] };
  }
  const sessions = stored
    .filter((row) => versionOf(row.data.user) === user.sessionVersion)
    .map((row) => ({ id: row.id, device: deviceOf(row.data[DEVICE_KEY]), createdAt: row.createdAt, lastSeenAt: row.lastSeenAt, isCurrent: row.id === currentId }))
    .sort((a, b) => Number(b.isCurrent) - Number(a.isCurrent));
  return { listable: true, sessions };
}

export type EndResult = { ok: true; count: number } | { ok: false; reason: "reauth" | "not-found" | "own-session" };

/**
 * After the sessions of this user were ended by version, this session carries the new version, so
 * it stays signed in; a new id too, as after any change of the account's credentials.
 */
export async function keepThisSession(user: SessionUser, sessionVersion: number): Promise<void> {
  const session = await getSession();
  session.set("user", { ...user, sessionVersion });
  await session.regenerate();
}

/** Ends one other session of the signed-in user (server-side stores). Needs a fresh password re-check. */
export async function endOwnSession(id: string): Promise<EndResult> {
  const user = await requireUser("/account");
  if (!(await reauthIsFresh())) return { ok: false, reason: "reauth" };
  const token = await currentSessionToken();
  if (token && registryIdOf(token) === id) return { ok: false, reason: "own-session" };
  if (!(await deleteSessionOfUser(user.id, id))) return { ok: false, reason: "not-found" };
  await recordSecurityEvent({ kind: "session-ended-by-user", user, client: clientOf(await headers()), sessionId: id });
  return { ok: true, count: 1 };
}

/** "Sign out everywhere else", in every store: the version moves on, this session takes the new one. */
export async function endOtherOwnSessions(): Promise<EndResult> {
  const user = await requireUser("/account");
  if (!(await reauthIsFresh())) return { ok: false, reason: "reauth" };
  const token = await currentSessionToken();
  const keep = token && registryIdOf(token);
  const others = ((await sessionsOfUser(user.id)) ?? []).filter((row) => row.id !== keep && versionOf(row.data.user) === user.sessionVersion).length;
  const version = await endAllSessionsOf(user.id, keep);
  await keepThisSession(user, version);
  await recordSecurityEvent({ kind: "session-ended-by-user", user, client: clientOf(await headers()), sessionId: keep, detail: "all other sessions" });
  return { ok: true, count: others };
}
