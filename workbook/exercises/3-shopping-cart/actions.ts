"use server";

import { redirect } from "next/navigation";

import { isCartItem, type CartItem } from "@/lib/workbook/exercise-data";

/** Provided: the item a button sent, or back to the shop: a request need not come from our page. */
function itemFrom(formData: FormData): CartItem {
  const item = formData.get("item");
  if (!isCartItem(item)) redirect("/try/3?error=item");
  return item;
}

export async function addItem(formData: FormData): Promise<void> {
  const item = itemFrom(formData);
  // TODO 2: add one of `item` to the cart:
  //   - const cart = await readCart();   (import { CART_KEY, readCart } from "./cart")
  //   - cart[item] = (cart[item] ?? 0) + 1;
  //   - const session = await getSession();   (from "@/lib/session")
  //   - session.set(CART_KEY, cart); await session.save();
  void item; // delete this line once your code uses `item`
  redirect("/try/3/cart");
}

export async function removeItem(formData: FormData): Promise<void> {
  const item = itemFrom(formData);
  // TODO 3: take `item`'s whole line out of the cart, whatever its quantity (delete cart[item]),
  //         set the cart in the session and save it.
  void item; // delete this line once your code uses `item`
  redirect("/try/3/cart");
}

export async function clearCart(): Promise<void> {
  // TODO 4: empty the cart: session.pop(CART_KEY), then save.
  redirect("/try/3/cart");
}
