import { describe, expect, it } from "vitest";

import { formatDateTime, plural } from "./intl";

// 23 November 2026, 14:15:07 UTC.
const moment = new Date(Date.UTC(2026, 10, 23, 14, 15, 7));

describe("dates and plurals in each language", () => {
  it.each([
    ["en", "Nov 23, 2026, 2:15 PM UTC"],
    ["es", "23 nov 2026, 14:15 UTC"],
    ["fr", "23 nov. 2026, 14:15 UTC"],
    ["ja", "2026年11月23日 14:15 UTC"],
  ] as const)("%s writes a moment as %j, in UTC", (language, expected) => {
    expect(formatDateTime(moment, language)).toBe(expected);
  });

  it("adds the seconds when asked", () => {
    expect(formatDateTime(moment, "ja", { seconds: true })).toBe("2026年11月23日 14:15:07 UTC");
  });

  it("Japanese has one form for every count", () => {
    const items = { one: "{count} item", other: "{count} items" };
    expect(plural("ja", 1, items)).toBe("1 items");
    expect(plural("ja", 0, items)).toBe("0 items");
    expect(plural("en", 1, items)).toBe("1 item");
    expect(plural("fr", 0, items)).toBe("0 item");
  });
});
