"use server";

import { redirect } from "next/navigation";

import { getSession } from "@/lib/session";
import { isCartItem, type Cart, type CartItem } from "@/lib/workbook/exercise-data";

import { CART_KEY, readCart } from "./cart";

/** The item a button sent, or back to the shop: a request need not come from our page. */
function itemFrom(formData: FormData): CartItem {
  const item = formData.get("item");
  if (!isCartItem(item)) redirect("/try/3?error=item");
  return item;
}

/** session.get() hands out a copy, so a changed cart goes back with set(), then save(). */
async function storeCart(cart: Cart): Promise<void> {
  const session = await getSession();
  session.set(CART_KEY, cart);
  await session.save();
}

/** Flask: cart = session.get("cart", {}); cart[id] = cart.get(id, 0) + 1; session["cart"] = cart */
export async function addItem(formData: FormData): Promise<void> {
  const item = itemFrom(formData);
  const cart = await readCart();
  cart[item] = (cart[item] ?? 0) + 1;
  await storeCart(cart);
  redirect("/try/3/cart");
}

/** Flask: cart.pop(id, None); session["cart"] = cart */
export async function removeItem(formData: FormData): Promise<void> {
  const item = itemFrom(formData);
  const cart = await readCart();
  delete cart[item];
  await storeCart(cart);
  redirect("/try/3/cart");
}

/** Flask: session.pop("cart", None) */
export async function clearCart(): Promise<void> {
  const session = await getSession();
  session.pop(CART_KEY);
  await session.save();
  redirect("/try/3/cart");
}
