/** What the security log records. Stored as text, so a new kind needs no migration. */
export const SECURITY_EVENT_KINDS = [
  "sign-in",
  "sign-in-failed",
  "sign-out",
  "session-ended-by-user",
  "session-ended-by-admin",
  "idle-timeout",
  "absolute-timeout",
  "password-changed",
  "role-changed",
  "account-disabled",
  "account-enabled",
  "tampered-cookie",
  "unknown-session",
  "binding-mismatch",
] as const;

export type SecurityEventKind = (typeof SECURITY_EVENT_KINDS)[number];

export const isSecurityEventKind = (value: string): value is SecurityEventKind => (SECURITY_EVENT_KINDS as readonly string[]).includes(value);
