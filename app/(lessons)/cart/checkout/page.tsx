import type { Metadata } from "next";

import { Card } from "@/app/ui/card";
import { CodePanel } from "@/app/ui/code-panel";
import { LessonHeader } from "@/app/ui/lesson-header";
import { TextLink } from "@/app/ui/links";
import { RichText } from "@/app/ui/rich-text";
import { requireUser } from "@/lib/auth/current-user";
import { format, getLanguage, getMessages } from "@/lib/i18n";
import { getPricedCart } from "@/lib/shop/cart";
import { formatCents } from "@/lib/shop/money";
import { newestOrderId } from "@/lib/shop/orders";
import { getSession } from "@/lib/session";

import { EmptyCart } from "../empty-cart";
import { LessonPanels } from "../lesson-panels";
import { MissingProductsNote } from "../missing-products-note";
import { PlaceOrderForm } from "./place-order-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).checkout.title };
}

export default async function CheckoutPage() {
  // The cart survives this redirect: logging in keeps the session's data under a new id.
  const user = await requireUser("/cart/checkout");
  const [session, cart, seenOrderId, { checkout: text, cart: cartText, shop }, language] = await Promise.all([
    getSession(),
    getPricedCart(),
    newestOrderId(user.id),
    getMessages(),
    getLanguage(),
  ]);
  const money = (cents: number) => formatCents(cents, language);

  return (
    <>
      <LessonHeader eyebrow={shop.eyebrow} title={text.title}>
        <p>
          <RichText text={text.intro} values={{ key: <code className="font-mono text-sm">session[&quot;cart&quot;]</code> }} />
        </p>
        <p>{text.introTransaction}</p>
      </LessonHeader>

      <LessonPanels session={session.data} code={<CodePanel id="checkout" files={["lib/shop/place-order.ts", "lib/auth/current-user.ts"]} />}>
        <Card title={text.summaryTitle}>
          <div className="space-y-4">
            <p className="text-sm text-slate-600">
              <RichText text={text.orderingAs} values={{ name: <strong className="text-slate-900">{user.name}</strong> }} />
            </p>
            <MissingProductsNote ids={cart.missingIds} />
            {cart.lines.length === 0 ? (
              <EmptyCart withOrders />
            ) : (
              <>
                <table className="w-full text-sm" data-testid="order-summary">
                  <thead className="text-left text-slate-500">
                    <tr className="border-b border-slate-200">
                      <th scope="col" className="py-2 font-medium">{text.product}</th>
                      <th scope="col" className="py-2 text-right font-medium">{text.quantity}</th>
                      <th scope="col" className="py-2 text-right font-medium">{text.total}</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {cart.lines.map(({ product, quantity, lineTotalCents }) => (
                      <tr key={product.id}>
                        <td className="py-2 pr-2">
                          <span className="font-medium text-slate-900">{product.name}</span>
                          <span className="block text-slate-500">{format(cartText.each, { price: money(product.priceCents) })}</span>
                        </td>
                        <td className="py-2 text-right tabular-nums">{quantity}</td>
                        <td className="py-2 text-right font-medium tabular-nums text-slate-900">{money(lineTotalCents)}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr className="border-t border-slate-200">
                      <th scope="row" colSpan={2} className="pt-3 text-left font-medium text-slate-700">
                        {text.total}
                      </th>
                      <td className="pt-3 text-right text-lg font-semibold tabular-nums text-slate-900" data-testid="checkout-total">
                        {money(cart.totalCents)}
                      </td>
                    </tr>
                  </tfoot>
                </table>
                <PlaceOrderForm seenOrderId={seenOrderId} total={money(cart.totalCents)} text={{ youPay: text.youPay, placeOrder: text.placeOrder }} />
                <p className="text-sm">
                  <TextLink href="/cart">
                    {text.changeCart}
                  </TextLink>
                </p>
              </>
            )}
          </div>
        </Card>
      </LessonPanels>
    </>
  );
}
