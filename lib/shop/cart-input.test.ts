import { describe, expect, it } from "vitest";

import { en } from "@/lib/i18n/catalogues/en";
import { fr } from "@/lib/i18n/catalogues/fr";

import { parseProductId, parseQuantity } from "./cart-input";

const text = en.cart.rules;

describe("parseQuantity", () => {
  it("accepts whole numbers from 1 to 99", () => {
    expect(parseQuantity("1", text)).toEqual({ ok: true, value: 1 });
    expect(parseQuantity(" 99 ", text)).toEqual({ ok: true, value: 99 });
    expect(parseQuantity("007", text)).toEqual({ ok: true, value: 7 });
  });

  for (const [typed, message] of [
    ["", "Type a quantity."],
    ["   ", "Type a quantity."],
    ["0", "The quantity must be at least 1."],
    ["-3", "The quantity must be at least 1."],
    ["100", "At most 99 of one product fit in the cart."],
    ["99999999999999999999999", "At most 99 of one product fit in the cart."],
    ["1.5", "The quantity must be a whole number, such as 1 or 2."],
    ["2.0", "The quantity must be a whole number, such as 1 or 2."],
    ["1e1", "The quantity must be a whole number, such as 1 or 2."],
    ["two", "The quantity must be a whole number, such as 1 or 2."],
    ["0x10", "The quantity must be a whole number, such as 1 or 2."],
  ] as const) {
    it(`refuses ${JSON.stringify(typed)}: ${message}`, () => {
      expect(parseQuantity(typed, text)).toEqual({ ok: false, message });
    });
  }

  it("answers in the language of the words it is given", () => {
    expect(parseQuantity("100", fr.cart.rules)).toEqual({ ok: false, message: "Le panier accepte au plus 99 exemplaires d’un même produit." });
  });
});

describe("parseProductId", () => {
  it("reads a positive id", () => {
    expect(parseProductId("3")).toBe(3);
  });

  it("gives null for text that names no product", () => {
    for (const typed of ["", "0", "-1", "1.5", "abc", "03", "12345678901"]) expect(parseProductId(typed)).toBeNull();
  });
});
