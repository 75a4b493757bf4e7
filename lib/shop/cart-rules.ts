// The cart's rules, as pure functions of plain data, so they are tested without a server.
// What the session holds under "cart" is only product ids and quantities, e.g. {"3": 2}: names and
// prices are read from the database whenever they are shown, so a visitor cannot change a price
// (the cookie store puts the session in their browser) and a price change reaches every cart.
import type { SessionSizeFacts } from "@/lib/session/errors";

/** More of one product than this is a typing slip, not an order. */
export const MAX_QUANTITY = 99;
/** Keeps the session small: a sealed cookie must stay under 4096 bytes. */
export const MAX_LINES = 50;

/** Product id (a string, because JSON object keys are strings) → quantity. */
export type Cart = Record<string, number>;

/** What the rules need to know about a product; the database is the only source of it. */
export interface StockedProduct {
  id: number;
  name: string;
  stock: number;
}

/** What a change did, for its confirmation. lib/shop/messages.ts puts it into the visitor's words. */
export type CartDone =
  | { kind: "added"; name: string; quantity: number }
  | { kind: "updated"; name: string; quantity: number }
  /** `name` is null when the product is gone from the shop. */
  | { kind: "removed"; name: string | null };

/** Why a change was refused: facts, not sentences, so the rules stay the same in every language. */
export type CartProblem =
  | { kind: "unknown-product" }
  | { kind: "not-in-cart" }
  | { kind: "too-many-lines" }
  | { kind: "line-limit"; name: string; held: number }
  | { kind: "out-of-stock"; name: string }
  /** More than the stock; `held` is what the cart already holds of it (0 when that does not count). */
  | { kind: "short"; name: string; stock: number; held: number }
  /** Not a rule: the new cart would not fit in the session's cookie (lib/shop/cart.ts). */
  | ({ kind: "session-too-large" } & SessionSizeFacts);

export type CartChange = { ok: true; cart: Cart; done: CartDone } | { ok: false; problem: CartProblem };

const PRODUCT_KEY = /^[1-9][0-9]{0,9}$/;

/**
 * Whatever the session holds under "cart", read defensively: it may come from an older version
 * of the app, or (with a server-side store) from a row someone edited. Anything that is not a
 * product id with a quantity from 1 to MAX_QUANTITY is left out.
 */
export function parseCart(stored: unknown): Cart {
  if (typeof stored !== "object" || stored === null || Array.isArray(stored)) return {};
  const cart: Cart = {};
  for (const [key, quantity] of Object.entries(stored)) {
    if (PRODUCT_KEY.test(key) && Number.isInteger(quantity) && quantity >= 1 && quantity <= MAX_QUANTITY) cart[key] = quantity;
  }
  return cart;
}

export const cartProductIds = (cart: Cart): number[] => Object.keys(cart).map(Number);

/** How many items, counting each product's quantity: what "3 items in your cart" means. */
export const countItems = (cart: Cart): number => Object.values(cart).reduce((sum, quantity) => sum + quantity, 0);

const inCart = (cart: Cart, productId: number): number => cart[String(productId)] ?? 0;

const refuse = (problem: CartProblem): CartChange => ({ ok: false, problem });

/** Out of stock, or not enough of it: "There are only 3 of “Canvas tote” in stock, and your cart already holds 2." */
function notEnoughStock(product: StockedProduct, alreadyInCart: number): CartChange {
  if (product.stock <= 0) return refuse({ kind: "out-of-stock", name: product.name });
  return refuse({ kind: "short", name: product.name, stock: product.stock, held: alreadyInCart });
}

/** Adds a quantity of a product, merging with what the cart already holds of it. Never changes `cart`. */
export function addToCart(cart: Cart, product: StockedProduct | null, quantity: number): CartChange {
  if (!product) return refuse({ kind: "unknown-product" });
  const held = inCart(cart, product.id);
  if (held === 0 && Object.keys(cart).length >= MAX_LINES) return refuse({ kind: "too-many-lines" });
  const wanted = held + quantity;
  if (wanted > MAX_QUANTITY) return refuse({ kind: "line-limit", name: product.name, held });
  if (wanted > product.stock) return notEnoughStock(product, held);
  return { ok: true, cart: { ...cart, [String(product.id)]: wanted }, done: { kind: "added", name: product.name, quantity } };
}

/** Sets the quantity of a line already in the cart. */
export function setQuantity(cart: Cart, productId: number, product: StockedProduct | null, quantity: number): CartChange {
  if (inCart(cart, productId) === 0) return refuse({ kind: "not-in-cart" });
  if (!product) return refuse({ kind: "unknown-product" });
  if (quantity > product.stock) return notEnoughStock(product, 0);
  return { ok: true, cart: { ...cart, [String(productId)]: quantity }, done: { kind: "updated", name: product.name, quantity } };
}

/** Takes a line out of the cart; `name` is for the confirmation (null when the product is gone). */
export function removeFromCart(cart: Cart, productId: number, name: string | null): CartChange {
  if (inCart(cart, productId) === 0) return refuse({ kind: "not-in-cart" });
  const rest = { ...cart };
  delete rest[String(productId)];
  return { ok: true, cart: rest, done: { kind: "removed", name } };
}

/** Drops the lines of these products (ones that no longer exist). */
export function withoutIds(cart: Cart, productIds: Iterable<number>): Cart {
  const dropped = new Set(productIds);
  return Object.fromEntries(Object.entries(cart).filter(([key]) => !dropped.has(Number(key))));
}
