import Link from "next/link";

import { RichText } from "@/app/ui/rich-text";
import { getMessages } from "@/lib/i18n";

const linkLook = "font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900";

/** What the cart and the checkout show when there is nothing to buy; the checkout also points to the orders. */
export async function EmptyCart({ withOrders = false }: { withOrders?: boolean }) {
  const { cart: text } = await getMessages();
  const shop = (
    <Link href="/shop" className={linkLook}>
      {text.goToShop}
    </Link>
  );
  const orders = (
    <Link href="/orders" className={linkLook}>
      {text.yourOrders}
    </Link>
  );
  return (
    <div className="rounded-lg border border-dashed border-slate-300 px-4 py-10 text-center" data-testid="cart-empty">
      <p className="font-medium text-slate-900">{text.empty}</p>
      <p className="mt-1 text-sm text-slate-600">
        <RichText text={withOrders ? text.emptyHintOrders : text.emptyHint} values={{ shop, orders }} />
      </p>
    </div>
  );
}
