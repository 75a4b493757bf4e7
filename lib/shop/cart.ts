import "server-only";

import { getSession, SessionTooLargeError } from "@/lib/session";

import { addToCart, cartProductIds, parseCart, removeFromCart, setQuantity, withoutIds, type Cart, type CartChange } from "./cart-rules";
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

type CartRule = (cart: Cart) => CartChange;

// #region apply-rule
/**
 * Applies a rule to the cart and saves it, from a server action. Flask needs `session.modified =
 * True` after changing session["cart"] in place, and two requests at once would each write back
 * the cart they read, so one add would be lost. Here the rule itself goes to the session, which
 * runs it again on the cart as stored when it saves (session.update): fifty adds at once make
 * fifty. Lines whose product is gone are dropped on the way, and an empty cart leaves the session.
 * A refusal, or a cart too big for its cookie, leaves the session as it was.
 */
async function applyRule(rule: CartRule): Promise<CartChange> {
  const session = await getSession();
  const change = rule(await getCart());
  if (!change.ok) return change;
  const ids = cartProductIds(change.cart);
  const existing = new Set((await findProducts(ids)).map((product) => product.id));
  const missing = ids.filter((id) => !existing.has(id));

  session.update(CART_KEY, (stored) => {
    const again = rule(parseCart(stored));
    if (!again.ok) return stored;
    const kept = withoutIds(again.cart, missing);
    return Object.keys(kept).length === 0 ? undefined : kept;
  });
  try {
    await session.save();
    return change;
  } catch (error) {
    if (!(error instanceof SessionTooLargeError)) throw error;
    // Not saved: this request's page shows what the browser still has.
    session.discardChanges();
    return { ok: false, problem: { kind: "session-too-large", sizeBytes: error.sizeBytes, limitBytes: error.limitBytes, keptIn: error.keptIn } };
  }
}
// #endregion apply-rule

// #region add-item
/** Flask: cart[id] = cart.get(id, 0) + quantity */
export async function addItem(productId: number | null, quantity: number): Promise<CartChange> {
  const product = productId === null ? null : await findProduct(productId);
  return applyRule((cart) => addToCart(cart, product, quantity));
}
// #endregion add-item

/** Flask: cart[id] = quantity */
export async function changeQuantity(productId: number | null, quantity: number): Promise<CartChange> {
  if (productId === null) return { ok: false, problem: { kind: "unknown-product" } };
  const product = await findProduct(productId);
  return applyRule((cart) => setQuantity(cart, productId, product, quantity));
}

/** Flask: cart.pop(id, None) */
export async function removeItem(productId: number | null): Promise<CartChange> {
  if (productId === null) return { ok: false, problem: { kind: "unknown-product" } };
  const product = await findProduct(productId);
  return applyRule((cart) => removeFromCart(cart, productId, product?.name ?? null));
}

// #region empty-cart
/** Flask: session.pop("cart", None) */
export async function emptyCart(): Promise<void> {
  const session = await getSession();
  session.pop(CART_KEY);
  await session.save();
}
// #endregion empty-cart
