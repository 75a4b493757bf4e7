// The data shapes the exercises share with the pages the workbook provides around them, so the
// learner writes the session logic and the pages can still trust what they read back. Pure.
import { z } from "zod";

/** Exercise 2: what the learner keeps under "wb2_user" once a password checks out. */
export const memberSchema = z.object({ username: z.string().min(1), name: z.string().min(1) });
export type Member = z.infer<typeof memberSchema>;

/** Exercise 3: the shop's items. Names are in the catalogues under workbook.try.cart.items. */
export const CART_ITEMS = ["tea", "coffee", "cocoa"] as const;
export type CartItem = (typeof CART_ITEMS)[number];
export const isCartItem = (value: unknown): value is CartItem => CART_ITEMS.includes(value as CartItem);

/** Exercise 3: what the learner keeps under "wb3_cart": item id to quantity. */
export const cartSchema = z.partialRecord(z.enum(CART_ITEMS), z.number().int().positive());
export type Cart = z.infer<typeof cartSchema>;

/** Exercise 4: the choices the form offers, and what the learner keeps under "wb4_preferences". */
export const WB_THEMES = ["light", "dark", "system"] as const;
export type WbTheme = (typeof WB_THEMES)[number];
export const isWbTheme = (value: unknown): value is WbTheme => WB_THEMES.includes(value as WbTheme);
export const wbPreferencesSchema = z.object({ theme: z.enum(WB_THEMES), notifications: z.boolean() });
export type WbPreferences = z.infer<typeof wbPreferencesSchema>;
/** What the profile shows before anything is saved. */
export const DEFAULT_WB_PREFERENCES: WbPreferences = { theme: "light", notifications: false };
