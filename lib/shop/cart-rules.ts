// The cart's rules, as pure functions of plain data, so they are tested without a server.
// What the session holds under "cart" is only product ids and quantities, e.g. {"3": 2}: names and
// prices are read from the database whenever they are shown, so a visitor cannot change a price
// (the cookie store puts the session in their browser) and a price change reaches every cart.

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

export type CartChange = { ok: true; cart: Cart; message: string } | { ok: false; message: string };

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

export const UNKNOWN_PRODUCT = "That product does not exist: it may have been removed from the shop.";
export const NOT_IN_CART = "That product is not in your cart.";
export const TOO_MANY_LINES = `Your cart holds at most ${MAX_LINES} different products. Remove one before adding another.`;

/** "There are only 3 of “Canvas tote” in stock, and your cart already holds 2." */
function stockMessage(product: StockedProduct, alreadyInCart: number): string {
  if (product.stock <= 0) return `Sorry, “${product.name}” is out of stock.`;
  const held = alreadyInCart > 0 ? `, and your cart already holds ${alreadyInCart}` : "";
  return `There ${product.stock === 1 ? "is only 1" : `are only ${product.stock}`} of “${product.name}” in stock${held}.`;
}

/** Adds a quantity of a product, merging with what the cart already holds of it. Never changes `cart`. */
export function addToCart(cart: Cart, product: StockedProduct | null, quantity: number): CartChange {
  if (!product) return { ok: false, message: UNKNOWN_PRODUCT };
  const held = inCart(cart, product.id);
  if (held === 0 && Object.keys(cart).length >= MAX_LINES) return { ok: false, message: TOO_MANY_LINES };
  const wanted = held + quantity;
  if (wanted > MAX_QUANTITY) {
    return { ok: false, message: `One line of the cart holds at most ${MAX_QUANTITY}, and your cart already holds ${held} of “${product.name}”.` };
  }
  if (wanted > product.stock) return { ok: false, message: stockMessage(product, held) };
  return { ok: true, cart: { ...cart, [String(product.id)]: wanted }, message: `Added ${quantity} × ${product.name} to your cart.` };
}

/** Sets the quantity of a line already in the cart. */
export function setQuantity(cart: Cart, productId: number, product: StockedProduct | null, quantity: number): CartChange {
  if (inCart(cart, productId) === 0) return { ok: false, message: NOT_IN_CART };
  if (!product) return { ok: false, message: UNKNOWN_PRODUCT };
  if (quantity > product.stock) return { ok: false, message: stockMessage(product, 0) };
  return { ok: true, cart: { ...cart, [String(productId)]: quantity }, message: `You now have ${quantity} × ${product.name} in your cart.` };
}

/** Takes a line out of the cart; `name` is for the message (null when the product is gone). */
export function removeFromCart(cart: Cart, productId: number, name: string | null): CartChange {
  if (inCart(cart, productId) === 0) return { ok: false, message: NOT_IN_CART };
  const rest = { ...cart };
  delete rest[String(productId)];
  return { ok: true, cart: rest, message: name ? `Removed ${name} from your cart.` : "Removed a product that is no longer sold." };
}

/** Keeps only the lines whose product still exists. */
export function withoutMissing(cart: Cart, existingIds: Iterable<number>): Cart {
  const existing = new Set(existingIds);
  return Object.fromEntries(Object.entries(cart).filter(([key]) => existing.has(Number(key))));
}
