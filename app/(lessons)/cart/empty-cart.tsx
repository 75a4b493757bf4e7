import Link from "next/link";

/** What the cart and the checkout show when there is nothing to buy. */
export function EmptyCart({ children }: { children?: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 px-4 py-10 text-center" data-testid="cart-empty">
      <p className="font-medium text-slate-900">Your cart is empty.</p>
      <p className="mt-1 text-sm text-slate-600">
        <Link href="/shop" className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
          Go to the shop
        </Link>{" "}
        to add something{children}.
      </p>
    </div>
  );
}
