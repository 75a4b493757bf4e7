import { describe, expect, it } from "vitest";

import { en } from "@/lib/i18n/catalogues/en";
import { es } from "@/lib/i18n/catalogues/es";
import { fr } from "@/lib/i18n/catalogues/fr";

import type { Cart, CartChange, CartProblem } from "./cart-rules";
import { cartChangeMessage, cartProblemMessage, checkoutProblemMessage } from "./messages";

const cart: Cart = { "2": 1 };
const refused = (problem: CartProblem): CartChange => ({ ok: false, problem });

describe("cartChangeMessage, in English", () => {
  const say = (change: CartChange) => cartChangeMessage(change, en, "en");

  it("confirms what a change did", () => {
    expect(say({ ok: true, cart, done: { kind: "added", name: "Grid notebook", quantity: 2 } })).toBe("Added 2 × Grid notebook to your cart.");
    expect(say({ ok: true, cart, done: { kind: "updated", name: "Grid notebook", quantity: 1 } })).toBe("You now have 1 × Grid notebook in your cart.");
    expect(say({ ok: true, cart, done: { kind: "removed", name: "Grid notebook" } })).toBe("Removed Grid notebook from your cart.");
    expect(say({ ok: true, cart, done: { kind: "removed", name: null } })).toBe("Removed a product that is no longer sold.");
  });

  it("says why a change was refused", () => {
    expect(say(refused({ kind: "unknown-product" }))).toBe("That product does not exist: it may have been removed from the shop.");
    expect(say(refused({ kind: "not-in-cart" }))).toBe("That product is not in your cart.");
    expect(say(refused({ kind: "too-many-lines" }))).toBe("Your cart holds at most 50 different products. Remove one before adding another.");
    expect(say(refused({ kind: "line-limit", name: "Grid notebook", held: 90 }))).toBe("One line of the cart holds at most 99, and your cart already holds 90 of “Grid notebook”.");
    expect(say(refused({ kind: "out-of-stock", name: "Paper lantern" }))).toBe("Sorry, “Paper lantern” is out of stock.");
    expect(say(refused({ kind: "session-too-large", sizeBytes: 5000, limitBytes: 4096, keptIn: "cookie" }))).toMatch(/^The session would need a 5000-byte cookie, over the browsers' 4096-byte limit/);
    expect(say(refused({ kind: "session-too-large", sizeBytes: 70_000, limitBytes: 65_536, keptIn: "store" }))).toBe(
      "The session would take 70000 bytes on the server, over its 65536-byte limit (SESSION_MAX_BYTES), so nothing was saved. Remove something from the session.",
    );
  });

  it("counts the stock in the right grammatical number, and mentions the cart only when it holds some", () => {
    expect(say(refused({ kind: "short", name: "Canvas tote", stock: 3, held: 0 }))).toBe("There are only 3 of “Canvas tote” in stock.");
    expect(say(refused({ kind: "short", name: "Canvas tote", stock: 1, held: 0 }))).toBe("There is only 1 of “Canvas tote” in stock.");
    expect(say(refused({ kind: "short", name: "Canvas tote", stock: 3, held: 2 }))).toBe("There are only 3 of “Canvas tote” in stock, and your cart already holds 2.");
  });
});

describe("cartProblemMessage, in other languages", () => {
  it("picks the plural form by the language's own rules", () => {
    expect(cartProblemMessage({ kind: "short", name: "Canvas tote", stock: 1, held: 0 }, es, "es")).toBe("Solo queda 1 unidad de «Canvas tote».");
    expect(cartProblemMessage({ kind: "short", name: "Canvas tote", stock: 3, held: 0 }, es, "es")).toBe("Solo quedan 3 unidades de «Canvas tote».");
    expect(cartProblemMessage({ kind: "short", name: "Canvas tote", stock: 1, held: 0 }, fr, "fr")).toBe("Il ne reste que 1 exemplaire de «\u00a0Canvas tote\u00a0» en stock.");
    expect(cartProblemMessage({ kind: "short", name: "Canvas tote", stock: 2, held: 1 }, fr, "fr")).toBe(
      "Il ne reste que 2 exemplaires de «\u00a0Canvas tote\u00a0» en stock, et votre panier en contient déjà 1.",
    );
  });
});

describe("checkoutProblemMessage", () => {
  it("says why no order was placed", () => {
    expect(checkoutProblemMessage({ kind: "empty" }, en, "en")).toBe("Your cart is empty.");
    expect(checkoutProblemMessage({ kind: "stale" }, en, "en")).toBe("You placed another order after this summary was shown. Check the summary below, then place this order.");
  });

  it("names the product that ran short, or says it is sold out", () => {
    expect(checkoutProblemMessage({ kind: "short", shortage: { slug: "tote", name: "Canvas tote", stock: 3, wanted: 4 } }, en, "en")).toBe(
      "Only 3 of “Canvas tote” are left, and your cart asks for 4. Nothing was ordered: change your cart and place the order again.",
    );
    expect(checkoutProblemMessage({ kind: "short", shortage: { slug: "clock", name: "Wall clock", stock: 1, wanted: 2 } }, en, "en")).toBe(
      "Only 1 of “Wall clock” is left, and your cart asks for 2. Nothing was ordered: change your cart and place the order again.",
    );
    expect(checkoutProblemMessage({ kind: "short", shortage: { slug: "tote", name: "Canvas tote", stock: 0, wanted: 1 } }, en, "en")).toMatch(/^“Canvas tote” is sold out\. Nothing was ordered/);
    // In the visitor's language where the shop has the product's name in it; as stored otherwise.
    expect(checkoutProblemMessage({ kind: "short", shortage: { slug: "tote", name: "Canvas tote", stock: 0, wanted: 1 } }, fr, "fr")).toContain("Sac en toile");
    expect(checkoutProblemMessage({ kind: "short", shortage: { slug: "clock", name: "Wall clock", stock: 0, wanted: 1 } }, fr, "fr")).toContain("Wall clock");
  });
});
