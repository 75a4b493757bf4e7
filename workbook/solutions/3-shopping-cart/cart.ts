import "server-only";

import { getSession } from "@/lib/session";
import { cartSchema, type Cart } from "@/lib/workbook/exercise-data";

// Exercise 3's key: the wb3_ prefix keeps it apart from the shop lesson's "cart".
export const CART_KEY = "wb3_cart";

/** The cart in the session (item id to quantity); anything unreadable there counts as empty. */
export async function readCart(): Promise<Cart> {
  const session = await getSession();
  const cart = cartSchema.safeParse(session.get(CART_KEY));
  return cart.success ? cart.data : {};
}
