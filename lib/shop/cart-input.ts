// What the cart's forms may send, checked with zod before any rule runs. The page's number field
// has min and max, but a request need not come from the page, so the server checks everything.
import { z } from "zod";

import { format } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/catalogues/en";

import { MAX_QUANTITY } from "./cart-rules";

/** The cart's words for its rules, in the visitor's language (messages.cart.rules). */
export type CartRuleText = Messages["cart"]["rules"];

export const quantitySchema = (text: CartRuleText) =>
  z
    .string()
    .trim()
    .min(1, { error: text.quantityMissing })
    .regex(/^[+-]?[0-9]+$/, { error: text.quantityNotWhole })
    .transform(Number)
    .pipe(z.number().min(1, { error: text.quantityTooSmall }).max(MAX_QUANTITY, { error: format(text.quantityTooLarge, { max: MAX_QUANTITY }) }));

/** A product id as a form sends it; anything else cannot name a product. */
export const productIdSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/)
  .transform(Number);

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** The quantity typed, or the message that says what is wrong with it. */
export function parseQuantity(typed: string, text: CartRuleText): Parsed<number> {
  const parsed = quantitySchema(text).safeParse(typed);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: parsed.error.issues[0]?.message ?? text.quantityNotWhole };
}

/** The id, or null for text that names no product (the caller answers as for an unknown product). */
export function parseProductId(text: string): number | null {
  const parsed = productIdSchema.safeParse(text);
  return parsed.success ? parsed.data : null;
}
