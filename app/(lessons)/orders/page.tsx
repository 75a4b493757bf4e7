import type { Metadata } from "next";
import Link from "next/link";

import { LessonHeader } from "@/app/ui/lesson-header";
import { requireUser } from "@/lib/auth/current-user";
import { listOrders } from "@/lib/shop/orders";
import { getSession } from "@/lib/session";

import { LessonPanels } from "../cart/lesson-panels";
import { ORDERS_EXPRESS, ORDERS_FILES, ORDERS_FLASK } from "./lesson-code";
import { OrderDetails } from "./order-details";

export const metadata: Metadata = { title: "Your orders" };

export default async function OrdersPage() {
  const user = await requireUser("/orders");
  const [session, orders] = await Promise.all([getSession(), listOrders(user.id)]);

  return (
    <>
      <LessonHeader eyebrow="Lesson · Shopping cart" title="Your orders">
        <p>
          The cart lived in the session; an order lives in the database, because it must outlast every session. This
          page finds your orders by the user id that the login put in the session, never by anything in the URL, and
          shows each line at the price you paid, which the order kept.
        </p>
      </LessonHeader>

      <LessonPanels session={session.data} flask={ORDERS_FLASK} express={ORDERS_EXPRESS} files={ORDERS_FILES}>
        {orders.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 bg-white px-4 py-10 text-center text-slate-600" data-testid="no-orders">
            You have not placed any orders yet.{" "}
            <Link href="/shop" className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
              Go to the shop
            </Link>
            .
          </p>
        ) : (
          orders.map((order) => <OrderDetails key={order.id} order={order} linkToOrder />)
        )}
      </LessonPanels>
    </>
  );
}
