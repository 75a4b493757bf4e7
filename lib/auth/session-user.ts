import { z } from "zod";

export const ROLES = ["user", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** What the login lesson keeps under session["user"]; anything else there counts as logged out. */
export const sessionUserSchema = z.object({
  id: z.number().int().positive(),
  username: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  /** Milliseconds since the epoch. */
  loggedInAt: z.number(),
});

export type SessionUser = z.infer<typeof sessionUserSchema>;
