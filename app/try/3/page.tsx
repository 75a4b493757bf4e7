import type { Metadata } from "next";

import { ButtonLink } from "@/app/ui/links";
import { SubmitButton } from "@/app/ui/submit-button";
import { format, getMessages } from "@/lib/i18n";
import { CART_ITEMS } from "@/lib/workbook/exercise-data";
import { addItem } from "@/workbook/exercises/3-shopping-cart/actions";
import { readCart } from "@/workbook/exercises/3-shopping-cart/cart";

import { ExercisePage } from "../_ui/exercise-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).workbook.try.cart.title };
}

// Provided: the shop. The learner writes the cart (cart.ts) and what the buttons do (actions.ts).
export default async function ExerciseShopPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const [{ error }, cart, { workbook }] = await Promise.all([searchParams, readCart(), getMessages()]);
  const text = workbook.try.cart;
  const count = Object.values(cart).reduce((sum, quantity) => sum + quantity, 0);
  return (
    <ExercisePage number={3} title={text.title} notice={error ? { tone: "error", message: text.unknownItem } : undefined}>
      <ul className="divide-y divide-slate-100">
        {CART_ITEMS.map((item) => (
          <li key={item} className="flex items-center justify-between gap-3 py-2">
            <span className="font-medium text-slate-900">{text.items[item]}</span>
            <form action={addItem}>
              <input type="hidden" name="item" value={item} />
              <SubmitButton variant="secondary">{format(text.add, { item: text.items[item] })}</SubmitButton>
            </form>
          </li>
        ))}
      </ul>
      <ButtonLink href="/try/3/cart">{format(text.viewCart, { count })}</ButtonLink>
    </ExercisePage>
  );
}
