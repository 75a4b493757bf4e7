import { cartProductIds, type Cart } from "./cart-rules";

/** A product as the shop shows it; prices in integer cents. */
export interface Product {
  id: number;
  slug: string;
  name: string;
  description: string;
  priceCents: number;
  stock: number;
}

export interface PricedLine {
  product: Product;
  quantity: number;
  lineTotalCents: number;
}

export interface PricedCart {
  /** In the cart's order, which is by product id. */
  lines: PricedLine[];
  /** Ids the session holds that name no product any more: shown as a note, never as a line. */
  missingIds: number[];
  totalCents: number;
  /** Items of products that still exist, each counted by its quantity. */
  itemCount: number;
}

/** Joins the session's ids and quantities with the database's names and prices of this moment. */
export function priceCart(cart: Cart, products: readonly Product[]): PricedCart {
  const byId = new Map(products.map((product) => [product.id, product]));
  const lines: PricedLine[] = [];
  const missingIds: number[] = [];
  for (const id of cartProductIds(cart)) {
    const product = byId.get(id);
    const quantity = cart[String(id)] ?? 0;
    if (product) lines.push({ product, quantity, lineTotalCents: product.priceCents * quantity });
    else missingIds.push(id);
  }
  const totalCents = lines.reduce((sum, line) => sum + line.lineTotalCents, 0);
  const itemCount = lines.reduce((sum, line) => sum + line.quantity, 0);
  return { lines, missingIds, totalCents, itemCount };
}
