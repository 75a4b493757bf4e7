import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import Database from "better-sqlite3";

import type { PrismaClient } from "@/lib/db-client";
import { switchToWriteAheadLog } from "@/lib/tasks/sqlite-journal";
import { createTemporaryDatabase } from "@/lib/testing/temporary-database";

import { placeOrder } from "./place-order";

let database: Awaited<ReturnType<typeof createTemporaryDatabase>>;
let db: PrismaClient;
let userId: number;
let otherUserId: number;
/** Fresh products for each test, so no test depends on the stock another one sold. */
let mug: { id: number; slug: string };
let tote: { id: number; slug: string };

beforeAll(async () => {
  database = await createTemporaryDatabase();
  db = database.db;
  userId = (await db.user.create({ data: { username: "alice", displayName: "Alice", passwordHash: "not-a-hash" } })).id;
  otherUserId = (await db.user.create({ data: { username: "bob", displayName: "Bob", passwordHash: "not-a-hash" } })).id;
}, 60_000);

afterAll(async () => {
  await database?.remove();
});

let productNumber = 0;
const addProduct = (name: string, priceCents: number, stock: number) => {
  productNumber += 1;
  return db.product.create({ data: { slug: `${name.toLowerCase().replace(/\W+/g, "-")}-${productNumber}`, name, description: "For the test.", priceCents, stock } });
};

beforeEach(async () => {
  mug = await addProduct("Enamel mug", 1400, 25);
  tote = await addProduct("Canvas tote", 1600, 3);
});

const stockOf = async (product: { id: number }) => (await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock;
const countOrders = () => db.order.count();
const countLines = () => db.orderLine.count();

describe("placeOrder", () => {
  it("writes the order and its lines at the database's prices, and takes the stock", async () => {
    const result = await placeOrder(db, { userId, cart: { [mug.id]: 2, [tote.id]: 1 }, seenOrderId: 0 });
    expect(result).toMatchObject({ status: "placed", totalCents: 2 * 1400 + 1600 });
    if (result.status !== "placed") return;

    const order = await db.order.findUniqueOrThrow({ where: { id: result.orderId }, include: { lines: { orderBy: { productId: "asc" } } } });
    expect(order.userId).toBe(userId);
    expect(order.totalCents).toBe(4400);
    expect(order.lines.map(({ productId, quantity, unitPriceCents }) => ({ productId, quantity, unitPriceCents }))).toEqual([
      { productId: mug.id, quantity: 2, unitPriceCents: 1400 },
      { productId: tote.id, quantity: 1, unitPriceCents: 1600 },
    ]);
    expect(await stockOf(mug)).toBe(23);
    expect(await stockOf(tote)).toBe(2);
  });

  it("charges the price of the moment of checkout, whatever it was when the product was added", async () => {
    await db.product.update({ where: { id: mug.id }, data: { priceCents: 1550 } });
    const result = await placeOrder(db, { userId, cart: { [mug.id]: 1 }, seenOrderId: await newestOrderId() });
    expect(result).toMatchObject({ status: "placed", totalCents: 1550 });
  });

  it("writes nothing when a product has not enough stock: no order, no line, no stock taken", async () => {
    const [orders, lines] = [await countOrders(), await countLines()];
    const result = await placeOrder(db, { userId, cart: { [mug.id]: 2, [tote.id]: 4 }, seenOrderId: await newestOrderId() });

    expect(result).toEqual({ status: "short", shortage: { slug: tote.slug, name: "Canvas tote", stock: 3, wanted: 4 } });
    expect(await countOrders()).toBe(orders);
    expect(await countLines()).toBe(lines);
    expect(await stockOf(mug)).toBe(25);
    expect(await stockOf(tote)).toBe(3);
  });

  it("says a product is sold out", async () => {
    await db.product.update({ where: { id: tote.id }, data: { stock: 0 } });
    const result = await placeOrder(db, { userId, cart: { [tote.id]: 1 }, seenOrderId: await newestOrderId() });
    expect(result).toEqual({ status: "short", shortage: { slug: tote.slug, name: "Canvas tote", stock: 0, wanted: 1 } });
  });

  it("sells the last one, and stock never goes below zero", async () => {
    expect(await placeOrder(db, { userId, cart: { [tote.id]: 3 }, seenOrderId: await newestOrderId() })).toMatchObject({ status: "placed" });
    expect(await stockOf(tote)).toBe(0);
    expect(await placeOrder(db, { userId: otherUserId, cart: { [tote.id]: 1 }, seenOrderId: 0 })).toMatchObject({ status: "short" });
    expect(await stockOf(tote)).toBe(0);
  });

  it("has nothing to order for an empty cart", async () => {
    const orders = await countOrders();
    expect(await placeOrder(db, { userId, cart: {}, seenOrderId: 0 })).toEqual({ status: "empty" });
    expect(await countOrders()).toBe(orders);
  });

  it("leaves out a product that no longer exists, and has nothing to order if that was all", async () => {
    const orders = await countOrders();
    expect(await placeOrder(db, { userId, cart: { "999999": 1 }, seenOrderId: await newestOrderId() })).toEqual({ status: "empty" });
    expect(await countOrders()).toBe(orders);

    const result = await placeOrder(db, { userId, cart: { "999999": 1, [mug.id]: 1 }, seenOrderId: await newestOrderId() });
    expect(result).toMatchObject({ status: "placed", totalCents: 1400 });
  });

  it("places one order when the same summary is submitted twice at once", async () => {
    const before = await countOrders();
    const seenOrderId = await newestOrderId();
    const cart = { [mug.id]: 1, [tote.id]: 1 };
    const results = await Promise.all([placeOrder(db, { userId, cart, seenOrderId }), placeOrder(db, { userId, cart, seenOrderId })]);

    expect(results.map((result) => result.status).sort()).toEqual(["duplicate", "placed"]);
    const placed = results.find((result) => result.status === "placed");
    expect(results.find((result) => result.status === "duplicate")).toEqual({ status: "duplicate", orderId: placed?.status === "placed" ? placed.orderId : -1 });
    expect(await countOrders()).toBe(before + 1);
    expect(await stockOf(tote)).toBe(2);
  });

  it("does not take a different cart for a duplicate of an order placed since the summary was shown", async () => {
    const seenOrderId = await newestOrderId();
    await placeOrder(db, { userId, cart: { [mug.id]: 1 }, seenOrderId });
    const orders = await countOrders();
    expect(await placeOrder(db, { userId, cart: { [mug.id]: 2 }, seenOrderId })).toEqual({ status: "stale" });
    expect(await countOrders()).toBe(orders);
  });

  it("starts over when another process writes to the SQLite file in the middle of the checkout, and places one order", async () => {
    // As start-up leaves it: write-ahead logging, where a transaction reads from a snapshot.
    const file = database.url.replace(/^file:/, "");
    switchToWriteAheadLog(file);
    const otherProcess = new Database(file);
    let interrupted = 0;
    // Between the checkout's first read and its first write, another connection commits: what
    // `npm run dev` beside `npm start` on one dev.db can do at any moment.
    const interrupting = new Proxy(db, {
      get: (target, key) =>
        key === "$transaction"
          ? (work: (tx: PrismaClient) => Promise<unknown>) =>
              target.$transaction((tx) =>
                work(
                  new Proxy(tx as PrismaClient, {
                    get: (inner, name) => {
                      if (name === "order" && interrupted === 0) {
                        interrupted += 1;
                        otherProcess.prepare('UPDATE "User" SET "displayName" = ? WHERE "id" = ?').run("Bob, elsewhere", otherUserId);
                      }
                      return Reflect.get(inner, name);
                    },
                  }),
                ),
              )
          : Reflect.get(target, key),
    });
    try {
      const before = await countOrders();
      const result = await placeOrder(interrupting, { userId, cart: { [mug.id]: 2 }, seenOrderId: await newestOrderId() });
      expect(interrupted).toBe(1);
      expect(result).toMatchObject({ status: "placed", totalCents: 2 * 1400 });
      expect(await countOrders()).toBe(before + 1);
      expect(await stockOf(mug)).toBe(23);
    } finally {
      otherProcess.close();
    }
  });

  it("lets another user order from the same moment: the check is per user", async () => {
    const seenOrderId = await newestOrderId();
    expect(await placeOrder(db, { userId, cart: { [mug.id]: 1 }, seenOrderId })).toMatchObject({ status: "placed" });
    expect(await placeOrder(db, { userId: otherUserId, cart: { [mug.id]: 1 }, seenOrderId: await newestOrderId(otherUserId) })).toMatchObject({ status: "placed" });
  });
});

/** What the checkout page reads before it shows the summary. */
async function newestOrderId(ofUser = userId): Promise<number> {
  return (await db.order.findFirst({ where: { userId: ofUser }, orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0;
}
