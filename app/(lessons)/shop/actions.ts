"use server";

import { revalidatePath } from "next/cache";

import { fieldText, type FormState } from "@/lib/forms/form-state";
import { getLanguage, getMessages } from "@/lib/i18n";
import { addItem } from "@/lib/shop/cart";
import { parseProductId, parseQuantity } from "@/lib/shop/cart-input";
import { cartChangeMessage } from "@/lib/shop/messages";

// #region add-to-cart
/** Flask: cart = session.setdefault("cart", {}); cart[id] = cart.get(id, 0) + quantity; session.modified = True */
export async function addToCart(_previous: FormState, formData: FormData): Promise<FormState> {
  const [messages, language] = await Promise.all([getMessages(), getLanguage()]);
  const typed = fieldText(formData, "quantity");
  const quantity = parseQuantity(typed, messages.cart.rules);
  if (!quantity.ok) return { errors: { quantity: quantity.message }, values: { quantity: typed } };

  const change = await addItem(parseProductId(fieldText(formData, "productId")), quantity.value);
  const message = cartChangeMessage(change, messages, language);
  if (!change.ok) return { message, values: { quantity: typed } };
  revalidatePath("/shop");
  return { ok: true, message };
}
// #endregion add-to-cart
