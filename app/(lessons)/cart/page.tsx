import type { Metadata } from "next";

import { Card } from "@/app/ui/card";
import { LessonHeader } from "@/app/ui/lesson-header";
import { getPricedCart } from "@/lib/shop/cart";
import { formatCents } from "@/lib/shop/money";
import { getSession } from "@/lib/session";

import { CartEditor } from "./cart-editor";
import { itemsText } from "./cart-summary";
import { LessonPanels } from "./lesson-panels";
import { MissingProductsNote } from "./missing-products-note";

export const metadata: Metadata = { title: "Your cart" };

const FLASK = `
@app.post("/cart/update")
def update_cart():
    cart = session.get("cart", {})
    cart[request.form["product_id"]] = request.form.get("quantity", type=int)
    session.modified = True      # an in-place change again
    return redirect(url_for("cart"))

@app.post("/cart/remove")
def remove_from_cart():
    session.get("cart", {}).pop(request.form["product_id"], None)
    session.modified = True
    return redirect(url_for("cart"))

@app.post("/cart/clear")
def clear_cart():
    session.pop("cart", None)    # Flask sees this one by itself
    return redirect(url_for("cart"))
`;

const EXPRESS = `delete req.session.cart[id]; // express-session notices in-place changes by itself`;

export default async function CartPage() {
  const [session, cart] = await Promise.all([getSession(), getPricedCart()]);
  const lines = cart.lines.map(({ product, quantity, lineTotalCents }) => ({
    productId: product.id,
    name: product.name,
    unitPrice: formatCents(product.priceCents),
    quantity,
    lineTotal: formatCents(lineTotalCents),
  }));

  return (
    <>
      <LessonHeader eyebrow="Lesson · Shopping cart" title="Your cart">
        <p>
          Everything on this page is computed from two things: the ids and quantities in{" "}
          <code className="font-mono text-sm">session[&quot;cart&quot;]</code>, and the names and prices in the database
          right now. Each line&apos;s total and the cart&apos;s total are whole cents, multiplied and added on the server.
        </p>
        <p>
          Changing a quantity or removing a line runs a server action that writes a new cart to the session; clearing
          it pops the key, as <code className="font-mono text-sm">session.pop(&quot;cart&quot;, None)</code> does in Flask.
        </p>
      </LessonHeader>

      <LessonPanels session={session.data} flask={FLASK} express={EXPRESS} files={["app/(lessons)/cart/actions.ts", "app/(lessons)/cart/cart-editor.tsx", "lib/shop/cart.ts", "lib/shop/pricing.ts"]}>
        <Card title={cart.itemCount > 0 ? `Your cart: ${itemsText(cart.itemCount)}` : "Your cart"}>
          <div className="space-y-4">
            <MissingProductsNote ids={cart.missingIds} />
            <CartEditor lines={lines} total={formatCents(cart.totalCents)} />
          </div>
        </Card>
      </LessonPanels>
    </>
  );
}
