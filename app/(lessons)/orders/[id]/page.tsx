import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { FormMessage } from "@/app/ui/form-message";
import { CodePanel } from "@/app/ui/code-panel";
import { LessonHeader } from "@/app/ui/lesson-header";
import { TextLink } from "@/app/ui/links";
import { requireUser } from "@/lib/auth/current-user";
import { format, getMessages } from "@/lib/i18n";
import { findOrder } from "@/lib/shop/orders";
import { getSession } from "@/lib/session";

import { LessonPanels } from "../../cart/lesson-panels";
import { OrderDetails } from "../order-details";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).orders.orderPageTitle };
}

export default async function OrderPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ placed?: string }> }) {
  const [{ id }, { placed }] = await Promise.all([params, searchParams]);
  const user = await requireUser(`/orders/${encodeURIComponent(id)}`);
  // Someone else's order is "not found", exactly like one that does not exist: no hint that it does.
  const order = /^[1-9][0-9]{0,9}$/.test(id) ? await findOrder(user.id, Number(id)) : null;
  if (!order) notFound();
  const [session, { orders: text, shop }] = await Promise.all([getSession(), getMessages()]);

  return (
    <>
      <LessonHeader eyebrow={shop.eyebrow} title={format(text.order, { id: order.id })}>
        <p>{text.orderIntro}</p>
      </LessonHeader>

      <LessonPanels session={session.data} code={<CodePanel id="orders" files={["app/(lessons)/orders/page.tsx", "lib/auth/current-user.ts"]} />}>
        <FormMessage tone="success" message={placed === "1" ? format(text.placed, { id: order.id }) : undefined} />
        <OrderDetails order={order} />
        <p className="flex flex-wrap gap-4 text-sm">
          <TextLink href="/orders">
            {text.allOrders}
          </TextLink>
          <TextLink href="/shop">
            {text.backToShop}
          </TextLink>
        </p>
      </LessonPanels>
    </>
  );
}
