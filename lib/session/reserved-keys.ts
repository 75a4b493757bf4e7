/**
 * Keys other lessons own. The basics lesson lets anyone set any key, so it must refuse these:
 * otherwise typing key "user" would forge a login. Add a key here when a lesson starts using it.
 */
export const RESERVED_SESSION_KEYS: readonly string[] = ["user", "cart", "history", "preferences", "locale", "auth"];

export const isReservedSessionKey = (key: string) => RESERVED_SESSION_KEYS.includes(key) || key.startsWith("_");
