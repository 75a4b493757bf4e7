import "server-only";

import { getDb } from "@/lib/db";

import { emptyCart, getCart } from "./cart";
import { placeOrder, type Shortage } from "./place-order";

/** Why no order was placed; lib/shop/messages.ts puts it into the visitor's words. */
export type CheckoutProblem =
  | { kind: "empty" }
  /** Another order was placed since the summary was shown. */
  | { kind: "stale" }
  | { kind: "short"; shortage: Shortage };

export type CheckoutResult = { ok: true; orderId: number } | { ok: false; problem: CheckoutProblem };

// #region check-out
/**
 * Places the session's cart as an order for the logged-in user, then empties the cart. Call
 * from a server action, after requireUser().
 */
export async function checkOut(userId: number, seenOrderId: number): Promise<CheckoutResult> {
  const result = await placeOrder(getDb(), { userId, cart: await getCart(), seenOrderId });
  switch (result.status) {
    case "placed":
    case "duplicate":
      // A duplicate was a second click on a summary already ordered: its cart is that order's.
      await emptyCart();
      return { ok: true, orderId: result.orderId };
    case "empty":
    case "stale":
      return { ok: false, problem: { kind: result.status } };
    case "short":
      return { ok: false, problem: { kind: "short", shortage: result.shortage } };
  }
}
// #endregion check-out
