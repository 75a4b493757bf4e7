import "server-only";

import { getDb } from "@/lib/db";

import { emptyCart, getCart } from "./cart";
import { placeOrder } from "./place-order";

export type CheckoutResult = { ok: true; orderId: number } | { ok: false; message: string };

export const EMPTY_CART = "Your cart is empty.";

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
      return { ok: false, message: EMPTY_CART };
    case "stale":
      return { ok: false, message: "You placed another order after this summary was shown. Check the summary below, then place this order." };
    case "short":
      return { ok: false, message: result.message };
  }
}
