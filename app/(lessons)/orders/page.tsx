import type { Metadata } from "next";

import { CodePanel } from "@/app/ui/code-panel";
import { LessonHeader } from "@/app/ui/lesson-header";
import { TextLink } from "@/app/ui/links";
import { RichText } from "@/app/ui/rich-text";
import { requireUser } from "@/lib/auth/current-user";
import { getMessages } from "@/lib/i18n";
import { listOrders } from "@/lib/shop/orders";
import { getSession } from "@/lib/session";

import { LessonPanels } from "../cart/lesson-panels";
import { OrderDetails } from "./order-details";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).orders.title };
}

export default async function OrdersPage() {
  // #region orders-gate
  const user = await requireUser("/orders");
  const [session, orders, { orders: text, cart, shop }] = await Promise.all([getSession(), listOrders(user.id), getMessages()]);
  // #endregion orders-gate

  return (
    <>
      <LessonHeader eyebrow={shop.eyebrow} title={text.title}>
        <p>{text.intro}</p>
      </LessonHeader>

      <LessonPanels session={session.data} code={<CodePanel id="orders" files={["app/(lessons)/orders/[id]/page.tsx", "lib/auth/current-user.ts"]} />}>
        {orders.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 bg-white px-4 py-10 text-center text-slate-600" data-testid="no-orders">
            <RichText
              text={text.none}
              values={{
                shop: (
                  <TextLink href="/shop">
                    {cart.goToShop}
                  </TextLink>
                ),
              }}
            />
          </p>
        ) : (
          orders.map((order) => <OrderDetails key={order.id} order={order} linkToOrder />)
        )}
      </LessonPanels>
    </>
  );
}
