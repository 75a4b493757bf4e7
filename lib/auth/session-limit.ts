/**
 * How many sessions one user may hold at once (OWASP ASVS asks for a limit): one sign-in more ends
 * the oldest (lib/auth/login.ts). A sealed cookie cannot be counted by the server, so the cookie
 * store cannot enforce it; "Sign out everywhere else" on /account ends them all there.
 */
export const MAX_SESSIONS_PER_USER = 10;
