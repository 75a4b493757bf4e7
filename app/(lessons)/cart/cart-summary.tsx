
import { TextLink } from "@/app/ui/links";
import { RichText } from "@/app/ui/rich-text";
import { getLanguage, getMessages, plural } from "@/lib/i18n";
import { formatCents } from "@/lib/shop/money";
import type { PricedCart } from "@/lib/shop/pricing";

/** One line about the cart for the top of a page: the header belongs to every lesson, this to this one. */
export async function CartSummary({ cart }: { cart: PricedCart }) {
  const [{ cart: text }, language] = await Promise.all([getMessages(), getLanguage()]);
  const items = <strong data-testid="cart-count">{plural(language, cart.itemCount, text.items)}</strong>;
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-indigo-100 bg-indigo-50 px-4 py-3 text-sm text-indigo-950">
      <p>
        {cart.itemCount > 0 ? (
          <RichText text={text.withItemsAndTotal} values={{ items, total: <span data-testid="cart-summary-total">{formatCents(cart.totalCents, language)}</span> }} />
        ) : (
          <RichText text={text.withItems} values={{ items }} />
        )}
      </p>
      <TextLink href="/cart">
        {text.viewCart}
      </TextLink>
    </div>
  );
}
