import "server-only";

import { requireRole } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db";

export interface SecurityEventRow {
  id: number;
  at: Date;
  kind: string;
  username: string | null;
  ip: string | null;
  device: string | null;
  sessionHash: string | null;
  detail: string | null;
  /** How many times it happened: a burst from one client is one row (./burst.ts). */
  count: number;
}

const PAGE_SIZE = 200;

// #region list-events
/** The newest entries first, of one user when a username is given. Admins only. */
export async function listSecurityEvents(username?: string): Promise<SecurityEventRow[]> {
  await requireRole("admin", "/admin/log");
  const name = username?.trim().toLowerCase();
  return getDb().securityEvent.findMany({
    where: name ? { username: name } : {},
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: PAGE_SIZE,
    select: { id: true, at: true, kind: true, username: true, ip: true, device: true, sessionHash: true, detail: true, count: true },
  });
}
// #endregion list-events
