"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import { requireUser } from "@/lib/auth/current-user";
import { fieldText, type FormState } from "@/lib/forms/form-state";
import { getLanguage, getMessages } from "@/lib/i18n";
import { checkOut } from "@/lib/shop/checkout";
import { checkoutProblemMessage } from "@/lib/shop/messages";

const seenOrderIdSchema = z.string().regex(/^[0-9]{1,10}$/).transform(Number);

// #region place-order
/**
 * Flask: @login_required, then one transaction (db.session.begin()) for the order, its lines and
 * the stock; session.pop("cart", None) only after it committed.
 */
export async function placeOrder(_previous: FormState, formData: FormData): Promise<FormState> {
  // The page checked the login, but an action is its own endpoint: it checks again.
  const user = await requireUser("/cart/checkout");
  const seenOrderId = seenOrderIdSchema.safeParse(fieldText(formData, "seenOrderId"));
  if (!seenOrderId.success) return { message: (await getMessages()).checkout.outOfDate };

  const result = await checkOut(user.id, seenOrderId.data);
  if (!result.ok) {
    // The summary may be out of date (stock, an emptied cart): show the page as it is now.
    revalidatePath("/cart/checkout");
    const [messages, language] = await Promise.all([getMessages(), getLanguage()]);
    return { message: checkoutProblemMessage(result.problem, messages, language) };
  }
  redirect(`/orders/${result.orderId}?placed=1`);
}
// #endregion place-order
