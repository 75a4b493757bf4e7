import "server-only";

import { getSession, SessionTooLargeError } from "@/lib/session";

import { addToCart, cartProductIds, parseCart, removeFromCart, setQuantity, withoutMissing, type Cart, type CartChange, type CartProblem } from "./cart-rules";
import { priceCart, type PricedCart } from "./pricing";
import { findProduct, findProducts } from "./products";

/** The session key this lesson owns (lib/session/reserved-keys.ts keeps the basics lesson off it). */
const CART_KEY = "cart";

/** session.get("cart"), read defensively: ids and quantities only. */
export async function getCart(): Promise<Cart> {
  return parseCart((await getSession()).get(CART_KEY));
}

/** The cart as pages show it: names and prices from the database, read now. */
export async function getPricedCart(): Promise<PricedCart> {
  const cart = await getCart();
  return priceCart(cart, await findProducts(cartProductIds(cart)));
}

/**
 * Writes the cart back to the session, from a server action. Lines whose product is gone are
 * dropped on the way, and an empty cart leaves the session altogether. Flask needs
 * `session.modified = True` after changing session["cart"] in place; here the whole new cart is
 * set, so there is no in-place change to miss.
 */
export async function saveCart(cart: Cart): Promise<{ ok: true } | { ok: false; problem: CartProblem }> {
  const session = await getSession();
  const previous = session.get(CART_KEY);
  const existing = await findProducts(cartProductIds(cart));
  const kept = withoutMissing(cart, existing.map((product) => product.id));
  if (Object.keys(kept).length === 0) session.pop(CART_KEY);
  else session.set(CART_KEY, kept);
  try {
    await session.save();
    return { ok: true };
  } catch (error) {
    if (!(error instanceof SessionTooLargeError)) throw error;
    // Not saved: put the old cart back, so this request's page shows what the browser still has.
    if (previous === undefined) session.pop(CART_KEY);
    else session.set(CART_KEY, previous);
    return { ok: false, problem: { kind: "session-too-large", sizeBytes: error.sizeBytes } };
  }
}

/** Applies a rule's change and saves it; a refusal leaves the session as it was. */
async function applyChange(change: CartChange): Promise<CartChange> {
  if (!change.ok) return change;
  const saved = await saveCart(change.cart);
  return saved.ok ? change : saved;
}

/** Flask: cart[id] = cart.get(id, 0) + quantity */
export async function addItem(productId: number | null, quantity: number): Promise<CartChange> {
  const product = productId === null ? null : await findProduct(productId);
  return applyChange(addToCart(await getCart(), product, quantity));
}

/** Flask: cart[id] = quantity */
export async function changeQuantity(productId: number | null, quantity: number): Promise<CartChange> {
  if (productId === null) return { ok: false, problem: { kind: "unknown-product" } };
  return applyChange(setQuantity(await getCart(), productId, await findProduct(productId), quantity));
}

/** Flask: cart.pop(id, None) */
export async function removeItem(productId: number | null): Promise<CartChange> {
  if (productId === null) return { ok: false, problem: { kind: "unknown-product" } };
  const product = await findProduct(productId);
  return applyChange(removeFromCart(await getCart(), productId, product?.name ?? null));
}

/** Flask: session.pop("cart", None) */
export async function emptyCart(): Promise<void> {
  await saveCart({});
}
