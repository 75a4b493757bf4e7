import type { Metadata } from "next";

import { ButtonLink } from "@/app/ui/links";
import { SubmitButton } from "@/app/ui/submit-button";
import { format, getMessages } from "@/lib/i18n";
import { CART_ITEMS } from "@/lib/workbook/exercise-data";
import { clearCart, removeItem } from "@/workbook/exercises/3-shopping-cart/actions";
import { readCart } from "@/workbook/exercises/3-shopping-cart/cart";

import { ExercisePage } from "../../_ui/exercise-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).workbook.try.cart.cartTitle };
}

// Provided: the cart page, drawn from the learner's readCart(); its buttons call the learner's actions.
export default async function ExerciseCartPage() {
  const [cart, { workbook }] = await Promise.all([readCart(), getMessages()]);
  const text = workbook.try.cart;
  const lines = CART_ITEMS.filter((item) => (cart[item] ?? 0) > 0);
  return (
    <ExercisePage number={3} title={text.cartTitle}>
      {lines.length === 0 ? (
        <p data-testid="cart-empty" className="text-slate-600">
          {text.empty}
        </p>
      ) : (
        <>
          <ul data-testid="cart-lines" className="divide-y divide-slate-100">
            {lines.map((item) => (
              <li key={item} data-item={item} className="flex items-center justify-between gap-3 py-2">
                <span>
                  <span className="font-medium text-slate-900">{text.items[item]}</span>{" "}
                  <span className="text-slate-600 tabular-nums" data-testid={`quantity-${item}`}>
                    {format(text.quantity, { count: cart[item] ?? 0 })}
                  </span>
                </span>
                <form action={removeItem}>
                  <input type="hidden" name="item" value={item} />
                  <SubmitButton variant="danger">{format(text.remove, { item: text.items[item] })}</SubmitButton>
                </form>
              </li>
            ))}
          </ul>
          <form action={clearCart}>
            <SubmitButton variant="secondary">{text.clear}</SubmitButton>
          </form>
        </>
      )}
      <ButtonLink href="/try/3" variant="secondary">
        {text.backToShop}
      </ButtonLink>
    </ExercisePage>
  );
}
