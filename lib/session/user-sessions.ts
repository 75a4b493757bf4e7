import "server-only";

import { getActiveStore } from "./active-store";
import { hashSessionToken } from "./session-id";
import { REGISTRY_LIST_LIMIT, type SessionStore, type StoredSessionSummary } from "./store";

// The sessions a server-side store keeps. No role check here: lib/account and lib/admin check who
// may see or end which sessions, where they read them, and lib/session stays free of lib/auth.

/** The id a registry lists for a cookie's token: the hash every server-side store keeps (StoredSessionSummary.id). */
export const registryIdOf = hashSessionToken;

type SessionRegistry = NonNullable<SessionStore["registry"]>;

/**
 * The active store's registry, or null for a stateless store: a sealed cookie lives only in its
 * browser, so the server has no list of sessions to show and nothing to delete.
 */
export function sessionRegistry(): SessionRegistry | null {
  return getActiveStore().registry ?? null;
}

/** This user's live sessions, newest activity first; null when the store cannot list them (a sealed cookie). */
export async function sessionsOfUser(userId: number): Promise<StoredSessionSummary[] | null> {
  const registry = sessionRegistry();
  if (!registry) return null;
  return registry.list(userId);
}

/**
 * How many live sessions each of these users has; null when the store cannot count them. One list
 * of everyone when it holds them all; on a site busier than one list, user by user, so that other
 * sessions never crowd anyone out of the count.
 */
export async function liveSessionCounts(userIds: readonly number[]): Promise<Map<number, number> | null> {
  const registry = sessionRegistry();
  if (!registry) return null;
  const everyone = await registry.list();
  if (everyone.length < REGISTRY_LIST_LIMIT) {
    return new Map(userIds.map((userId) => [userId, everyone.filter((session) => session.userId === userId).length]));
  }
  return new Map(await Promise.all(userIds.map(async (userId) => [userId, (await registry.list(userId)).length] as const)));
}

/**
 * Deletes this user's sessions from the store, except the one with id `keep` (the caller's own);
 * returns how many went. Nothing to delete for a sealed cookie: there the session version ends them.
 */
export async function deleteSessionsOfUser(userId: number, keep?: string | null): Promise<number> {
  const registry = sessionRegistry();
  if (!registry) return 0;
  if (!keep) return registry.endAllForUser(userId);
  const others = (await sessionsOfUser(userId))?.filter((session) => session.id !== keep) ?? [];
  await Promise.all(others.map((session) => registry.endById(session.id)));
  return others.length;
}

/**
 * Ends this user's oldest sessions (by sign-in) until `limit` are left; returns how many went. A
 * stolen password then holds at most `limit` sessions open, and a forgotten laptop's session ends
 * on its own once the user has signed in enough times elsewhere.
 */
export async function endSessionsBeyondLimit(registry: SessionRegistry, userId: number, limit: number): Promise<number> {
  const oldestFirst = (await registry.list(userId)).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const beyond = oldestFirst.slice(0, Math.max(0, oldestFirst.length - limit));
  await Promise.all(beyond.map((session) => registry.endById(session.id)));
  return beyond.length;
}

/** Deletes one session if, and only if, it is this user's; false when it is not (or is gone already). */
export async function deleteSessionOfUser(userId: number, id: string): Promise<boolean> {
  const registry = sessionRegistry();
  const session = (await sessionsOfUser(userId))?.find((candidate) => candidate.id === id);
  if (!registry || !session) return false;
  await registry.endById(id);
  return true;
}
