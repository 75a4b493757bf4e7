// The demo accounts. This is a teaching app: the login page prints these credentials,
// as the tutorial does. Never seed known passwords into a real deployment.
export const DEMO_USERS = [
  { username: "admin", displayName: "Ada Admin", password: "admin-pass-2026", role: "admin" },
  { username: "alice", displayName: "Alice Example", password: "alice-pass-2026", role: "user" },
] as const;
