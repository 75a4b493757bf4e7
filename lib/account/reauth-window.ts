/**
 * How long a password typed again counts for ending sessions or promoting someone: long enough to
 * end a few sessions in a row, short enough that a browser left open does not grant it for long
 * (GitHub's "sudo mode" works the same way, with a longer window).
 */
export const REAUTH_WINDOW_MS = 5 * 60_000;

/** Where the session keeps when the password was last typed again (a reserved key). */
export const REAUTH_KEY = "reauthAt";

/** True while a re-check made at `confirmedAt` (ms since the epoch, from the session) still counts. */
export function reauthStillValid(confirmedAt: unknown, now: number): boolean {
  if (typeof confirmedAt !== "number" || !Number.isFinite(confirmedAt)) return false;
  // A time in the future is not ours (a clock moved back, a forged value): it counts as none.
  return confirmedAt <= now && now - confirmedAt < REAUTH_WINDOW_MS;
}

/** Whole minutes left in the window, for the page; 0 when it is closed. */
export function reauthMinutesLeft(confirmedAt: unknown, now: number): number {
  return reauthStillValid(confirmedAt, now) ? Math.ceil((REAUTH_WINDOW_MS - (now - (confirmedAt as number))) / 60_000) : 0;
}
