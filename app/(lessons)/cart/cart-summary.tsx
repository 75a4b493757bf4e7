import Link from "next/link";

import { formatCents } from "@/lib/shop/money";
import type { PricedCart } from "@/lib/shop/pricing";

export const itemsText = (count: number) => `${count} ${count === 1 ? "item" : "items"}`;

/** One line about the cart for the top of a page: the header belongs to every lesson, this to this one. */
export function CartSummary({ cart }: { cart: PricedCart }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-indigo-100 bg-indigo-50 px-4 py-3 text-sm text-indigo-950">
      <p>
        Your cart: <strong data-testid="cart-count">{itemsText(cart.itemCount)}</strong>
        {cart.itemCount > 0 && (
          <>
            , <span data-testid="cart-summary-total">{formatCents(cart.totalCents)}</span>
          </>
        )}
      </p>
      <Link href="/cart" className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
        View cart
      </Link>
    </div>
  );
}
