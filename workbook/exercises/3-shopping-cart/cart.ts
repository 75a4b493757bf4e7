import "server-only";

import type { Cart } from "@/lib/workbook/exercise-data";

// Exercise 3: a shopping cart. The steps and hints are at /workbook/3; check your work with
// `npm run workbook:check -- 3`. The cart is item id to quantity, e.g. { tea: 2, cocoa: 1 }.
export const CART_KEY = "wb3_cart";

export async function readCart(): Promise<Cart> {
  // TODO 1: return the cart the session holds under CART_KEY:
  //   - const session = await getSession();   (import it from "@/lib/session")
  //   - const cart = cartSchema.safeParse(session.get(CART_KEY));   (cartSchema from "@/lib/workbook/exercise-data")
  //   - return cart.success ? cart.data : {};   (never trust what comes back: it may be missing or old)
  return {};
}
