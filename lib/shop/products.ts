import "server-only";

import { getDb } from "@/lib/db";
import { getLanguage } from "@/lib/i18n";

import type { Product } from "./pricing";
import { inLanguage } from "./product-translations";

export type { Product } from "./pricing";

// Names and descriptions come in the visitor's language, so every page and message that names a
// product (the shop, the cart, what a button did) says it as the rest of the page does.
const translated = async (products: Product[]) => {
  const language = await getLanguage();
  return products.map((product) => inLanguage(product, language));
};

/** The catalogue, in the order it was stocked. */
export async function listProducts(): Promise<Product[]> {
  return translated(await getDb().product.findMany({ orderBy: { id: "asc" } }));
}

export async function findProduct(id: number): Promise<Product | null> {
  const product = await getDb().product.findUnique({ where: { id } });
  return product && inLanguage(product, await getLanguage());
}

export async function findProducts(ids: readonly number[]): Promise<Product[]> {
  if (ids.length === 0) return [];
  return translated(await getDb().product.findMany({ where: { id: { in: [...ids] } } }));
}
