"use server";

import { revalidatePath } from "next/cache";

import { fieldText, type FormState } from "@/lib/forms/form-state";
import { getLanguage, getMessages, type Messages } from "@/lib/i18n";
import type { Language } from "@/lib/preferences";
import { changeQuantity, emptyCart, removeItem } from "@/lib/shop/cart";
import { parseProductId, parseQuantity } from "@/lib/shop/cart-input";
import { cartChangeMessage } from "@/lib/shop/messages";

/** The visitor's words, for the messages every change answers with. */
interface Words {
  messages: Messages;
  language: Language;
}

/**
 * Every change on the cart page, told apart by the form's intent, so one message area shows
 * the outcome even when the line it was about is gone.
 */
export async function changeCart(_previous: FormState, formData: FormData): Promise<FormState> {
  const [messages, language] = await Promise.all([getMessages(), getLanguage()]);
  const words = { messages, language };
  const intent = fieldText(formData, "intent");
  const state = intent === "clear" ? await clear(words) : intent === "remove" ? await remove(formData, words) : await update(formData, words);
  if (state.ok) revalidatePath("/cart");
  return state;
}

// #region update
/** Flask: cart[id] = quantity; session.modified = True */
async function update(formData: FormData, { messages, language }: Words): Promise<FormState> {
  const typedId = fieldText(formData, "productId");
  // Errors are shown under the line they are about, with what was typed kept in its field.
  const field = `quantity-${typedId}`;
  const typed = fieldText(formData, "quantity");
  const quantity = parseQuantity(typed, messages.cart.rules);
  if (!quantity.ok) return { errors: { [field]: quantity.message }, values: { [field]: typed } };
  const change = await changeQuantity(parseProductId(typedId), quantity.value);
  const message = cartChangeMessage(change, messages, language);
  return change.ok ? { ok: true, message } : { errors: { [field]: message }, values: { [field]: typed } };
}
// #endregion update

// #region remove
/** Flask: session["cart"].pop(id, None); session.modified = True */
async function remove(formData: FormData, { messages, language }: Words): Promise<FormState> {
  const change = await removeItem(parseProductId(fieldText(formData, "productId")));
  return { ok: change.ok, message: cartChangeMessage(change, messages, language) };
}
// #endregion remove

// #region clear
/** Flask: session.pop("cart", None) */
async function clear({ messages }: Words): Promise<FormState> {
  await emptyCart();
  return { ok: true, message: messages.cart.cleared };
}
// #endregion clear
