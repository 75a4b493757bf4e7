import "server-only";

import { forbidden, redirect } from "next/navigation";
import { cache } from "react";

import { getSession } from "@/lib/session";
import { requestTrace } from "@/lib/timeline/request-trace";

import { loginUrl } from "./next-path";
import { confirmSessionUser } from "./session-holder";
import { sessionUserSchema, type Role, type SessionUser } from "./session-user";

// #region current-user
/**
 * The logged-in user, or null: the session's user, confirmed against the database on every
 * request (once per request, React cache), for every store alike.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getSession();
  const user = sessionUserSchema.safeParse(session.get("user"));
  if (!user.success) return null;
  const confirmed = await confirmSessionUser(user.data);
  (await requestTrace())?.record("user", { result: confirmed ? "valid" : "ended" });
  return confirmed;
});
// #endregion current-user

// #region require-user
/**
 * The Data Access Layer's gate: every protected page and action calls this where it reads its
 * data, not only the proxy. A visitor who is not logged in goes to the login, and comes back after.
 */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(loginUrl(returnTo));
  return user;
}
// #endregion require-user

// #region require-role
/** Logged in but without the role: a real 403 (app/forbidden.tsx), not a redirect loop. */
export async function requireRole(role: Role, returnTo: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (user.role !== role) forbidden();
  return user;
}
// #endregion require-role
