"use server";

import { revalidatePath } from "next/cache";

import { fieldText, type FormState } from "@/lib/forms/form-state";
import { changeQuantity, emptyCart, removeItem } from "@/lib/shop/cart";
import { parseProductId, parseQuantity } from "@/lib/shop/cart-input";

/**
 * Every change on the cart page, told apart by the form's intent, so one message area shows
 * the outcome even when the line it was about is gone.
 */
export async function changeCart(_previous: FormState, formData: FormData): Promise<FormState> {
  const intent = fieldText(formData, "intent");
  const state = intent === "clear" ? await clear() : intent === "remove" ? await remove(formData) : await update(formData);
  if (state.ok) revalidatePath("/cart");
  return state;
}

/** Flask: cart[id] = quantity; session.modified = True */
async function update(formData: FormData): Promise<FormState> {
  const typedId = fieldText(formData, "productId");
  // Errors are shown under the line they are about, with what was typed kept in its field.
  const field = `quantity-${typedId}`;
  const typed = fieldText(formData, "quantity");
  const quantity = parseQuantity(typed);
  if (!quantity.ok) return { errors: { [field]: quantity.message }, values: { [field]: typed } };
  const change = await changeQuantity(parseProductId(typedId), quantity.value);
  return change.ok ? { ok: true, message: change.message } : { errors: { [field]: change.message }, values: { [field]: typed } };
}

/** Flask: session["cart"].pop(id, None); session.modified = True */
async function remove(formData: FormData): Promise<FormState> {
  const change = await removeItem(parseProductId(fieldText(formData, "productId")));
  return { ok: change.ok, message: change.message };
}

/** Flask: session.pop("cart", None) */
async function clear(): Promise<FormState> {
  await emptyCart();
  return { ok: true, message: 'Your cart was cleared: session["cart"] is gone.' };
}
