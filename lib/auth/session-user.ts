import { z } from "zod";

export const ROLES = ["user", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** A role column holding anything else counts as the least privileged role, never as admin. */
export const roleOf = (stored: string): Role => (stored === "admin" ? "admin" : "user");

/** What the login lesson keeps under session["user"]; anything else there counts as logged out. */
export const sessionUserSchema = z.object({
  id: z.number().int().positive(),
  username: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  /** Milliseconds since the epoch. */
  loggedInAt: z.number(),
  /**
   * The user's sessionVersion at log-in. Bumping it in the database ends every session that carries
   * an older one, on its next request: the only way to end a sealed cookie the server cannot delete.
   */
  sessionVersion: z.number().int().nonnegative(),
});

export type SessionUser = z.infer<typeof sessionUserSchema>;

/** Where a signed-in session keeps its device ({ browser, os }), a reserved key (lib/session/reserved-keys.ts). */
export const DEVICE_KEY = "device";
