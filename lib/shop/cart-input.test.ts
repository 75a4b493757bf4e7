import { describe, expect, it } from "vitest";

import { parseProductId, parseQuantity, QUANTITY_MESSAGES } from "./cart-input";

describe("parseQuantity", () => {
  it("accepts whole numbers from 1 to 99", () => {
    expect(parseQuantity("1")).toEqual({ ok: true, value: 1 });
    expect(parseQuantity(" 99 ")).toEqual({ ok: true, value: 99 });
    expect(parseQuantity("007")).toEqual({ ok: true, value: 7 });
  });

  for (const [typed, message] of [
    ["", QUANTITY_MESSAGES.missing],
    ["   ", QUANTITY_MESSAGES.missing],
    ["0", QUANTITY_MESSAGES.tooSmall],
    ["-3", QUANTITY_MESSAGES.tooSmall],
    ["100", QUANTITY_MESSAGES.tooLarge],
    ["99999999999999999999999", QUANTITY_MESSAGES.tooLarge],
    ["1.5", QUANTITY_MESSAGES.notWhole],
    ["2.0", QUANTITY_MESSAGES.notWhole],
    ["1e1", QUANTITY_MESSAGES.notWhole],
    ["two", QUANTITY_MESSAGES.notWhole],
    ["0x10", QUANTITY_MESSAGES.notWhole],
  ] as const) {
    it(`refuses ${JSON.stringify(typed)}: ${message}`, () => {
      expect(parseQuantity(typed)).toEqual({ ok: false, message });
    });
  }
});

describe("parseProductId", () => {
  it("reads a positive id", () => {
    expect(parseProductId("3")).toBe(3);
  });

  it("gives null for text that names no product", () => {
    for (const typed of ["", "0", "-1", "1.5", "abc", "03", "12345678901"]) expect(parseProductId(typed)).toBeNull();
  });
});
