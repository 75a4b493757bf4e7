import { describe, expect, it } from "vitest";

import { formatCents } from "./money";

describe("formatCents", () => {
  it("formats whole cents as US dollars", () => {
    expect(formatCents(1800)).toBe("$18.00");
    expect(formatCents(950)).toBe("$9.50");
    expect(formatCents(5)).toBe("$0.05");
    expect(formatCents(0)).toBe("$0.00");
  });

  it("groups thousands", () => {
    expect(formatCents(123_456_789)).toBe("$1,234,567.89");
  });

  it("keeps every cent of a large amount, which a float division could round away", () => {
    expect(formatCents(9_007_199_254_740_991)).toBe("$90,071,992,547,409.91");
  });

  it("shows a negative amount with its sign", () => {
    expect(formatCents(-250)).toBe("-$2.50");
  });

  it("writes dollars the way each language does", () => {
    expect(formatCents(123_450, "es")).toBe("1234,50\u00a0US$");
    expect(formatCents(123_450, "fr")).toBe("1\u202f234,50\u00a0$US");
    expect(formatCents(9_007_199_254_740_991, "fr")).toMatch(/,91\u00a0\$US$/);
    // Japanese writes US dollars as the US does; the shop's currency never changes with the language.
    expect(formatCents(123_450, "ja")).toBe("$1,234.50");
  });

  it("refuses a fraction of a cent", () => {
    expect(() => formatCents(12.5)).toThrow(RangeError);
  });
});
