import "server-only";

import { isStaleSqliteSnapshot, type PrismaClient } from "@/lib/db-client";

import { cartProductIds, type Cart } from "./cart-rules";
import { priceCart, type PricedLine } from "./pricing";

export type PlaceOrderResult =
  | { status: "placed"; orderId: number; totalCents: number }
  /** Nothing to order: no cart, or only products that no longer exist. */
  | { status: "empty" }
  /** This very cart was ordered since the summary was shown: a double submission. */
  | { status: "duplicate"; orderId: number }
  /** Another, different order was placed since the summary was shown: the person should look again. */
  | { status: "stale" }
  /** A product has less stock than the cart asks for: nothing was written. */
  | { status: "short"; shortage: Shortage };

/** The first line whose product has not enough stock left (0 when it is sold out). */
export interface Shortage {
  /** Which product, so that the message can name it in the visitor's language. */
  slug: string;
  name: string;
  stock: number;
  wanted: number;
}

export interface PlaceOrderInput {
  userId: number;
  cart: Cart;
  /**
   * The id of the user's newest order when the summary was shown (0 for none). A second
   * submission of the same page carries the same number, but finds a newer order: the first
   * submission's. That is how a double click is told from a new order with no extra column,
   * whichever store holds the session (a sealed cookie cannot be "used up" on the server).
   */
  seenOrderId: number;
}

/** Enough to get in between another process's writes; past it, the error stands and nothing was written. */
const MAX_ATTEMPTS = 5;

const sameLines = (ordered: { productId: number; quantity: number }[], lines: PricedLine[]) =>
  ordered.length === lines.length && lines.every((line) => ordered.some((o) => o.productId === line.product.id && o.quantity === line.quantity));

/**
 * Checkout in one database transaction: read prices and stock as they are now, check every line,
 * then decrement stock and write the order with its lines. Either all of it is written, or, when a
 * product no longer has enough stock, none of it. Emptying the session's cart is the caller's job.
 */
export async function placeOrder(db: PrismaClient, { userId, cart, seenOrderId }: PlaceOrderInput): Promise<PlaceOrderResult> {
  const ids = cartProductIds(cart);
  if (ids.length === 0) return { status: "empty" };

  // SQLite runs one write transaction at a time (the driver adapter queues them), so two
  // submissions of the same form cannot both pass the check below before either has written.
  const inOneTransaction = () => db.$transaction(async (tx): Promise<PlaceOrderResult> => {
    const priced = priceCart(cart, await tx.product.findMany({ where: { id: { in: ids } } }));
    if (priced.lines.length === 0) return { status: "empty" };

    const newer = await tx.order.findFirst({ where: { userId, id: { gt: seenOrderId } }, orderBy: { id: "desc" }, include: { lines: true } });
    if (newer) return sameLines(newer.lines, priced.lines) ? { status: "duplicate", orderId: newer.id } : { status: "stale" };

    // Every check before the first write, so a refusal has written nothing.
    const short = priced.lines.find((line) => line.quantity > line.product.stock);
    if (short) return { status: "short", shortage: { slug: short.product.slug, name: short.product.name, stock: Math.max(short.product.stock, 0), wanted: short.quantity } };

    for (const { product, quantity } of priced.lines) {
      // The condition repeats the check in SQL: stock can never go below zero, whatever ran meanwhile.
      const { count } = await tx.product.updateMany({ where: { id: product.id, stock: { gte: quantity } }, data: { stock: { decrement: quantity } } });
      if (count !== 1) throw new Error(`Stock of product ${product.id} changed during checkout; the transaction was rolled back.`);
    }
    const order = await tx.order.create({
      data: {
        userId,
        totalCents: priced.totalCents,
        lines: { create: priced.lines.map(({ product, quantity }) => ({ productId: product.id, quantity, unitPriceCents: product.priceCents })) },
      },
    });
    return { status: "placed", orderId: order.id, totalCents: order.totalCents };
  });
  // Another process on the same SQLite file (npm run dev beside npm start) may commit between the
  // transaction's first read and its first write; SQLite then refuses the write, nothing is
  // written, and the checkout starts over from a fresh read.
  for (let attempt = 1; ; attempt++) {
    try {
      return await inOneTransaction();
    } catch (error) {
      if (attempt === MAX_ATTEMPTS || !isStaleSqliteSnapshot(error)) throw error;
    }
  }
}
