import { describe, expect, it } from "vitest";

import {
  addToCart,
  countItems,
  MAX_LINES,
  parseCart,
  removeFromCart,
  setQuantity,
  withoutIds,
  type Cart,
  type StockedProduct,
} from "./cart-rules";

const notebook: StockedProduct = { id: 2, name: "Grid notebook", stock: 60 };
const tote: StockedProduct = { id: 6, name: "Canvas tote", stock: 3 };
const soldOut: StockedProduct = { id: 7, name: "Paper lantern", stock: 0 };

/** A cart of `lines` different products, one of each, ids 1…lines. */
const cartOfLines = (lines: number): Cart => Object.fromEntries(Array.from({ length: lines }, (_, i) => [String(i + 1), 1]));

describe("addToCart", () => {
  it("adds a product that is not in the cart yet", () => {
    expect(addToCart({}, notebook, 2)).toEqual({ ok: true, cart: { "2": 2 }, done: { kind: "added", name: "Grid notebook", quantity: 2 } });
  });

  it("merges with the quantity already in the cart", () => {
    const change = addToCart({ "2": 3, "5": 1 }, notebook, 4);
    expect(change).toMatchObject({ ok: true, cart: { "2": 7, "5": 1 } });
  });

  it("does not change the cart it was given", () => {
    const cart = { "2": 1 };
    addToCart(cart, notebook, 1);
    expect(cart).toEqual({ "2": 1 });
  });

  it("refuses a product that does not exist", () => {
    expect(addToCart({ "2": 1 }, null, 1)).toEqual({ ok: false, problem: { kind: "unknown-product" } });
  });

  it("takes the stock exactly, and refuses one more", () => {
    expect(addToCart({}, tote, 3)).toMatchObject({ ok: true, cart: { "6": 3 } });
    expect(addToCart({}, tote, 4)).toEqual({ ok: false, problem: { kind: "short", name: "Canvas tote", stock: 3, held: 0 } });
  });

  it("counts what the cart already holds against the stock", () => {
    expect(addToCart({ "6": 2 }, tote, 2)).toEqual({ ok: false, problem: { kind: "short", name: "Canvas tote", stock: 3, held: 2 } });
  });

  it("says a product is out of stock", () => {
    expect(addToCart({}, soldOut, 1)).toEqual({ ok: false, problem: { kind: "out-of-stock", name: "Paper lantern" } });
  });

  it("keeps one line at 99 at most, even when merging", () => {
    const plenty = { ...notebook, stock: 500 };
    expect(addToCart({ "2": 90 }, plenty, 9)).toMatchObject({ ok: true, cart: { "2": 99 } });
    expect(addToCart({ "2": 90 }, plenty, 10)).toEqual({ ok: false, problem: { kind: "line-limit", name: "Grid notebook", held: 90 } });
  });

  it(`holds ${MAX_LINES} different products and refuses a ${MAX_LINES + 1}st`, () => {
    const full = cartOfLines(MAX_LINES);
    expect(addToCart(cartOfLines(MAX_LINES - 1), { id: MAX_LINES, name: "Last", stock: 5 }, 1)).toMatchObject({ ok: true });
    expect(addToCart(full, { id: 1000, name: "One too many", stock: 5 }, 1)).toEqual({ ok: false, problem: { kind: "too-many-lines" } });
  });

  it("still adds more of a product already in a full cart", () => {
    expect(addToCart(cartOfLines(MAX_LINES), { id: 1, name: "First", stock: 5 }, 1)).toMatchObject({ ok: true, cart: { "1": 2 } });
  });
});

describe("setQuantity", () => {
  it("replaces the quantity of a line", () => {
    expect(setQuantity({ "2": 5 }, 2, notebook, 1)).toEqual({ ok: true, cart: { "2": 1 }, done: { kind: "updated", name: "Grid notebook", quantity: 1 } });
  });

  it("refuses more than the stock", () => {
    expect(setQuantity({ "6": 1 }, 6, tote, 4)).toEqual({ ok: false, problem: { kind: "short", name: "Canvas tote", stock: 3, held: 0 } });
  });

  it("refuses a product that is not in the cart", () => {
    expect(setQuantity({ "2": 1 }, 6, tote, 1)).toEqual({ ok: false, problem: { kind: "not-in-cart" } });
  });

  it("refuses a line whose product no longer exists", () => {
    expect(setQuantity({ "9": 1 }, 9, null, 2)).toEqual({ ok: false, problem: { kind: "unknown-product" } });
  });
});

describe("removeFromCart", () => {
  it("takes the line out and leaves the others", () => {
    expect(removeFromCart({ "2": 2, "6": 1 }, 2, "Grid notebook")).toEqual({ ok: true, cart: { "6": 1 }, done: { kind: "removed", name: "Grid notebook" } });
  });

  it("removes a line whose product is gone", () => {
    expect(removeFromCart({ "9": 1 }, 9, null)).toEqual({ ok: true, cart: {}, done: { kind: "removed", name: null } });
  });

  it("says so when the product is not in the cart", () => {
    expect(removeFromCart({ "2": 2 }, 6, "Canvas tote")).toEqual({ ok: false, problem: { kind: "not-in-cart" } });
  });
});

describe("parseCart", () => {
  it("reads ids and quantities", () => {
    expect(parseCart({ "3": 2, "12": 99 })).toEqual({ "3": 2, "12": 99 });
  });

  it("treats anything but an object as an empty cart", () => {
    for (const stored of [undefined, null, "cart", 3, [1, 2], true]) expect(parseCart(stored)).toEqual({});
  });

  it("leaves out entries that are not a product id with a quantity from 1 to 99", () => {
    expect(parseCart({ "3": 2, "0": 1, "-1": 1, "03": 1, abc: 1, "4": 0, "5": 100, "6": 1.5, "7": "2", "8": null, "9": 1 })).toEqual({ "3": 2, "9": 1 });
  });

  it("never trusts a price or a name in the session", () => {
    expect(parseCart({ "3": { quantity: 1, priceCents: 1 } })).toEqual({});
  });
});

describe("the rest", () => {
  it("counts items by quantity", () => {
    expect(countItems({ "1": 2, "4": 3 })).toBe(5);
    expect(countItems({})).toBe(0);
  });

  it("drops lines whose product is gone", () => {
    expect(withoutIds({ "1": 2, "4": 3, "9": 1 }, [4])).toEqual({ "1": 2, "9": 1 });
  });
});
