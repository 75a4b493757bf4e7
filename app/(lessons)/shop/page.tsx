import type { Metadata } from "next";

import { CodePanel } from "@/app/ui/code-panel";
import { LessonHeader } from "@/app/ui/lesson-header";
import { RichText } from "@/app/ui/rich-text";
import { SessionJump } from "@/app/ui/session-jump";
import { getLanguage, getMessages, plural } from "@/lib/i18n";
import { getPricedCart } from "@/lib/shop/cart";
import { formatCents } from "@/lib/shop/money";
import { listProducts } from "@/lib/shop/products";
import { getSession } from "@/lib/session";

import { CartSummary } from "../cart/cart-summary";
import { LessonPanels } from "../cart/lesson-panels";
import { AddToCartForm } from "./add-to-cart-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).shop.title };
}

export default async function ShopPage() {
  const [session, products, cart, { shop: text, cart: cartText }, language] = await Promise.all([getSession(), listProducts(), getPricedCart(), getMessages(), getLanguage()]);
  const formText = { quantity: cartText.quantity, addToCart: text.addToCart };

  return (
    <>
      <LessonHeader eyebrow={text.eyebrow} title={text.title}>
        <p>
          <RichText
            text={text.intro}
            values={{ key: <code className="font-mono text-sm">session[&quot;cart&quot;]</code>, example: <code className="font-mono text-sm">{`{"3": 2}`}</code> }}
          />
        </p>
        <p>{text.introPrices}</p>
      </LessonHeader>

      <LessonPanels session={session.data} code={<CodePanel id="shop" files={["app/(lessons)/shop/add-to-cart-form.tsx", "lib/shop/cart-rules.ts", "lib/shop/cart-input.ts", "lib/shop/messages.ts", "lib/shop/money.ts"]} />}>
        <CartSummary cart={cart} />
        <ul className="grid gap-4 sm:grid-cols-2" aria-label={text.productsLabel}>
          {products.map((product) => (
            <li key={product.id}>
              <article aria-labelledby={`product-${product.id}`} className="flex h-full flex-col rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
                <h2 id={`product-${product.id}`} className="font-semibold text-slate-900">
                  {product.name}
                </h2>
                <p className="mt-1 flex-1 text-sm text-slate-600">{product.description}</p>
                <div className="mt-3 flex items-baseline justify-between gap-3">
                  <p className="text-lg font-semibold tabular-nums text-slate-900" data-testid="price">
                    {formatCents(product.priceCents, language)}
                  </p>
                  <p data-testid="stock" className={`text-sm ${product.stock > 0 ? "text-slate-500" : "font-medium text-rose-700"}`}>
                    {product.stock > 0 ? plural(language, product.stock, text.inStock) : text.outOfStock}
                  </p>
                </div>
                {product.stock > 0 && (
                  <div className="mt-4">
                    <AddToCartForm productId={product.id} text={formText} />
                  </div>
                )}
              </article>
            </li>
          ))}
        </ul>
      </LessonPanels>
      {/* The products run long on a phone: the session they change is one tap away from any of them. */}
      <SessionJump />
    </>
  );
}
