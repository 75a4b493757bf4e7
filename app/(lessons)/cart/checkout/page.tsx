import type { Metadata } from "next";
import Link from "next/link";

import { Card } from "@/app/ui/card";
import { LessonHeader } from "@/app/ui/lesson-header";
import { requireUser } from "@/lib/auth/current-user";
import { getPricedCart } from "@/lib/shop/cart";
import { formatCents } from "@/lib/shop/money";
import { newestOrderId } from "@/lib/shop/orders";
import { getSession } from "@/lib/session";

import { EmptyCart } from "../empty-cart";
import { LessonPanels } from "../lesson-panels";
import { MissingProductsNote } from "../missing-products-note";
import { PlaceOrderForm } from "./place-order-form";

export const metadata: Metadata = { title: "Checkout" };

const FLASK = `
@app.post("/cart/checkout")
@login_required
def checkout():
    cart = session.get("cart", {})
    if not cart:
        flash("Your cart is empty.")
        return redirect(url_for("cart"))
    with db.session.begin():                  # one transaction
        order = Order(user_id=session["user"]["id"])
        for product in Product.query.filter(Product.id.in_(cart)):
            quantity = cart[str(product.id)]
            if product.stock < quantity:
                raise OutOfStock(product)     # rolls everything back
            product.stock -= quantity
            order.lines.append(OrderLine(product=product, quantity=quantity,
                                         unit_price_cents=product.price_cents))
        db.session.add(order)
    session.pop("cart", None)                 # only once the order is committed
    return redirect(url_for("order", order_id=order.id))
`;

const EXPRESS = `await placeOrder(req.session.user.id, req.session.cart); delete req.session.cart; // then redirect`;

export default async function CheckoutPage() {
  // The cart survives this redirect: logging in keeps the session's data under a new id.
  const user = await requireUser("/cart/checkout");
  const [session, cart, seenOrderId] = await Promise.all([getSession(), getPricedCart(), newestOrderId(user.id)]);

  return (
    <>
      <LessonHeader eyebrow="Lesson · Shopping cart" title="Checkout">
        <p>
          Checking out needs a login, and the cart must not be lost on the way: the login page keeps the session&apos;s
          data when it gives the session a new id, so <code className="font-mono text-sm">session[&quot;cart&quot;]</code> is
          still here after you log in.
        </p>
        <p>
          Placing the order is one database transaction: the prices and stock of this moment are read, every line is
          checked, the stock is taken and the order is written with its lines, or nothing is. Only then is the cart
          popped from the session. A second click finds an empty cart, or finds the order it would have duplicated.
        </p>
      </LessonHeader>

      <LessonPanels session={session.data} flask={FLASK} express={EXPRESS} files={["app/(lessons)/cart/checkout/actions.ts", "lib/shop/checkout.ts", "lib/shop/place-order.ts", "lib/auth/current-user.ts"]}>
        <Card title="Order summary">
          <div className="space-y-4">
            <p className="text-sm text-slate-600">
              Ordering as <strong className="text-slate-900">{user.name}</strong>.
            </p>
            <MissingProductsNote ids={cart.missingIds} />
            {cart.lines.length === 0 ? (
              <EmptyCart>
                , or see{" "}
                <Link href="/orders" className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
                  your orders
                </Link>
              </EmptyCart>
            ) : (
              <>
                <table className="w-full text-sm" data-testid="order-summary">
                  <thead className="text-left text-slate-500">
                    <tr className="border-b border-slate-200">
                      <th scope="col" className="py-2 font-medium">Product</th>
                      <th scope="col" className="py-2 text-right font-medium">Quantity</th>
                      <th scope="col" className="py-2 text-right font-medium">Total</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {cart.lines.map(({ product, quantity, lineTotalCents }) => (
                      <tr key={product.id}>
                        <td className="py-2 pr-2">
                          <span className="font-medium text-slate-900">{product.name}</span>
                          <span className="block text-slate-500">{formatCents(product.priceCents)} each</span>
                        </td>
                        <td className="py-2 text-right tabular-nums">{quantity}</td>
                        <td className="py-2 text-right font-medium tabular-nums text-slate-900">{formatCents(lineTotalCents)}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr className="border-t border-slate-200">
                      <th scope="row" colSpan={2} className="pt-3 text-left font-medium text-slate-700">
                        Total
                      </th>
                      <td className="pt-3 text-right text-lg font-semibold tabular-nums text-slate-900" data-testid="checkout-total">
                        {formatCents(cart.totalCents)}
                      </td>
                    </tr>
                  </tfoot>
                </table>
                <PlaceOrderForm seenOrderId={seenOrderId} total={formatCents(cart.totalCents)} />
                <p className="text-sm">
                  <Link href="/cart" className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
                    Change the cart
                  </Link>
                </p>
              </>
            )}
          </div>
        </Card>
      </LessonPanels>
    </>
  );
}
