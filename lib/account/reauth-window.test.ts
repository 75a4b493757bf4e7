import { describe, expect, it } from "vitest";

import { REAUTH_WINDOW_MS, reauthMinutesLeft, reauthStillValid } from "./reauth-window";

const now = 1_800_000_000_000;

describe("the password re-check window", () => {
  it("is open right after the password was typed, and for a few minutes", () => {
    expect(reauthStillValid(now, now)).toBe(true);
    expect(reauthStillValid(now - REAUTH_WINDOW_MS + 1, now)).toBe(true);
    expect(reauthMinutesLeft(now, now)).toBe(REAUTH_WINDOW_MS / 60_000);
  });

  it("closes when the window has passed", () => {
    expect(reauthStillValid(now - REAUTH_WINDOW_MS, now)).toBe(false);
    expect(reauthMinutesLeft(now - REAUTH_WINDOW_MS, now)).toBe(0);
  });

  it("counts a missing, malformed or future time as no re-check", () => {
    for (const value of [undefined, null, "1800000000000", Number.NaN, Infinity, now + 1000]) {
      expect(reauthStillValid(value, now)).toBe(false);
    }
  });
});
