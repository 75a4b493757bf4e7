import "server-only";

import { getDb } from "@/lib/db";
import { getLanguage } from "@/lib/i18n";

import { productNameIn } from "./product-translations";

export interface OrderLineView {
  productId: number;
  name: string;
  quantity: number;
  /** The price paid, kept on the line: a later price change does not rewrite history. */
  unitPriceCents: number;
  lineTotalCents: number;
}

export interface OrderView {
  id: number;
  createdAt: Date;
  totalCents: number;
  lines: OrderLineView[];
}

const withLines = { lines: { orderBy: { id: "asc" }, include: { product: { select: { slug: true, name: true } } } } } as const;

type OrderRow = { id: number; createdAt: Date; totalCents: number; lines: { productId: number; quantity: number; unitPriceCents: number; product: { slug: string; name: string } }[] };

/** An order as pages show it, its products named in the visitor's language. */
async function toView(order: OrderRow): Promise<OrderView> {
  const language = await getLanguage();
  return {
    id: order.id,
    createdAt: order.createdAt,
    totalCents: order.totalCents,
    lines: order.lines.map((line) => ({
      productId: line.productId,
      name: productNameIn(language, line.product),
      quantity: line.quantity,
      unitPriceCents: line.unitPriceCents,
      lineTotalCents: line.unitPriceCents * line.quantity,
    })),
  };
}

// #region list-orders
/** A user's orders, newest first. The user id comes from requireUser(), never from the request. */
export async function listOrders(userId: number): Promise<OrderView[]> {
  const orders = await getDb().order.findMany({ where: { userId }, orderBy: { id: "desc" }, include: withLines });
  return Promise.all(orders.map(toView));
}
// #endregion list-orders

// #region find-order
/** One of the user's own orders; someone else's is null, exactly like one that does not exist. */
export async function findOrder(userId: number, orderId: number): Promise<OrderView | null> {
  const order = await getDb().order.findFirst({ where: { id: orderId, userId }, include: withLines });
  return order && toView(order);
}
// #endregion find-order

/** The id of the user's newest order, 0 for none: the checkout form carries it (see place-order.ts). */
export async function newestOrderId(userId: number): Promise<number> {
  const order = await getDb().order.findFirst({ where: { userId }, orderBy: { id: "desc" }, select: { id: true } });
  return order?.id ?? 0;
}
