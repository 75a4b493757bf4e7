import type { Metadata } from "next";

import { Card } from "@/app/ui/card";
import { CodePanel } from "@/app/ui/code-panel";
import { LessonHeader } from "@/app/ui/lesson-header";
import { RichText } from "@/app/ui/rich-text";
import { format, getLanguage, getMessages, plural } from "@/lib/i18n";
import { getPricedCart } from "@/lib/shop/cart";
import { formatCents } from "@/lib/shop/money";
import { getSession } from "@/lib/session";

import { CartEditor } from "./cart-editor";
import { EmptyCart } from "./empty-cart";
import { LessonPanels } from "./lesson-panels";
import { MissingProductsNote } from "./missing-products-note";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).cart.title };
}

export default async function CartPage() {
  const [session, cart, { cart: text, shop }, language] = await Promise.all([getSession(), getPricedCart(), getMessages(), getLanguage()]);
  const lines = cart.lines.map(({ product, quantity, lineTotalCents }) => ({
    productId: product.id,
    name: product.name,
    unitPrice: formatCents(product.priceCents, language),
    quantity,
    lineTotal: formatCents(lineTotalCents, language),
  }));
  // Only the words the editor shows go to the browser.
  const { linesLabel, each, quantity, update, remove, total, clear, continueShopping, checkOut } = text;

  return (
    <>
      <LessonHeader eyebrow={shop.eyebrow} title={text.title}>
        <p>
          <RichText text={text.intro} values={{ key: <code className="font-mono text-sm">session[&quot;cart&quot;]</code> }} />
        </p>
        <p>
          <RichText text={text.introChanges} values={{ code: <code className="font-mono text-sm">session.pop(&quot;cart&quot;, None)</code> }} />
        </p>
      </LessonHeader>

      <LessonPanels session={session.data} code={<CodePanel id="cart" files={["app/(lessons)/cart/cart-editor.tsx", "lib/shop/pricing.ts"]} />}>
        <Card title={cart.itemCount > 0 ? format(text.withItems, { items: plural(language, cart.itemCount, text.items) }) : text.title}>
          <div className="space-y-4">
            <MissingProductsNote ids={cart.missingIds} />
            <CartEditor
              lines={lines}
              total={formatCents(cart.totalCents, language)}
              empty={<EmptyCart />}
              text={{ linesLabel, each, quantity, update, remove, total, clear, continueShopping, checkOut }}
            />
          </div>
        </Card>
      </LessonPanels>
    </>
  );
}
