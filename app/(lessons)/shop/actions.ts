"use server";

import { revalidatePath } from "next/cache";

import { fieldText, type FormState } from "@/lib/forms/form-state";
import { addItem } from "@/lib/shop/cart";
import { parseProductId, parseQuantity } from "@/lib/shop/cart-input";

/** Flask: cart = session.setdefault("cart", {}); cart[id] = cart.get(id, 0) + quantity; session.modified = True */
export async function addToCart(_previous: FormState, formData: FormData): Promise<FormState> {
  const typed = fieldText(formData, "quantity");
  const quantity = parseQuantity(typed);
  if (!quantity.ok) return { errors: { quantity: quantity.message }, values: { quantity: typed } };

  const change = await addItem(parseProductId(fieldText(formData, "productId")), quantity.value);
  if (!change.ok) return { message: change.message, values: { quantity: typed } };
  revalidatePath("/shop");
  return { ok: true, message: change.message };
}
