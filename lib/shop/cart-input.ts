// What the cart's forms may send, checked with zod before any rule runs. The page's number field
// has min and max, but a request need not come from the page, so the server checks everything.
import { z } from "zod";

import { MAX_QUANTITY } from "./cart-rules";

export const QUANTITY_MESSAGES = {
  missing: "Type a quantity.",
  notWhole: "The quantity must be a whole number, such as 1 or 2.",
  tooSmall: "The quantity must be at least 1.",
  tooLarge: `At most ${MAX_QUANTITY} of one product fit in the cart.`,
} as const;

export const quantitySchema = z
  .string()
  .trim()
  .min(1, { error: QUANTITY_MESSAGES.missing })
  .regex(/^[+-]?[0-9]+$/, { error: QUANTITY_MESSAGES.notWhole })
  .transform(Number)
  .pipe(z.number().min(1, { error: QUANTITY_MESSAGES.tooSmall }).max(MAX_QUANTITY, { error: QUANTITY_MESSAGES.tooLarge }));

/** A product id as a form sends it; anything else cannot name a product. */
export const productIdSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/)
  .transform(Number);

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export function parseQuantity(text: string): Parsed<number> {
  const parsed = quantitySchema.safeParse(text);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: parsed.error.issues[0]?.message ?? QUANTITY_MESSAGES.notWhole };
}

/** The id, or null for text that names no product (the caller answers as for an unknown product). */
export function parseProductId(text: string): number | null {
  const parsed = productIdSchema.safeParse(text);
  return parsed.success ? parsed.data : null;
}
