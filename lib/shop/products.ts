import "server-only";

import { getDb } from "@/lib/db";

import type { Product } from "./pricing";

export type { Product } from "./pricing";

/** The catalogue, in the order it was stocked. */
export async function listProducts(): Promise<Product[]> {
  return getDb().product.findMany({ orderBy: { id: "asc" } });
}

export async function findProduct(id: number): Promise<Product | null> {
  return getDb().product.findUnique({ where: { id } });
}

export async function findProducts(ids: readonly number[]): Promise<Product[]> {
  if (ids.length === 0) return [];
  return getDb().product.findMany({ where: { id: { in: [...ids] } } });
}
