/**
 * Keys other lessons own. The basics lesson lets anyone set any key, so it must refuse these:
 * otherwise typing key "user" would forge a login. Add a key here when a lesson starts using it.
 */
export const RESERVED_SESSION_KEYS: readonly string[] = ["user", "cart", "history", "preferences", "locale", "auth", "device", "reauthAt"];

/** The workbook's exercises own wb1_…, wb2_… (wb2_user is exercise 2's login). */
const WORKBOOK_KEY = /^wb\d+_/;

export const isReservedSessionKey = (key: string) => RESERVED_SESSION_KEYS.includes(key) || key.startsWith("_") || WORKBOOK_KEY.test(key);
