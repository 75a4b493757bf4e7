import { describe, expect, it } from "vitest";

import { priceCart, type Product } from "./pricing";

const product = (id: number, priceCents: number, name = `Product ${id}`): Product => ({ id, slug: `p${id}`, name, description: "", priceCents, stock: 10 });

describe("priceCart", () => {
  it("prices each line from the database and adds them up in cents", () => {
    const priced = priceCart({ "1": 3, "2": 1 }, [product(2, 950), product(1, 10)]);
    expect(priced.lines.map((line) => [line.product.id, line.quantity, line.lineTotalCents])).toEqual([
      [1, 3, 30],
      [2, 1, 950],
    ]);
    expect(priced.totalCents).toBe(980);
    expect(priced.itemCount).toBe(4);
    expect(priced.missingIds).toEqual([]);
  });

  it("adds 10 + 20 cents to exactly 30, as floats would not (0.1 + 0.2)", () => {
    expect(priceCart({ "1": 1, "2": 1 }, [product(1, 10), product(2, 20)]).totalCents).toBe(30);
  });

  it("leaves out an id that names no product, and lists it", () => {
    const priced = priceCart({ "1": 2, "7": 5 }, [product(1, 100)]);
    expect(priced.lines).toHaveLength(1);
    expect(priced.missingIds).toEqual([7]);
    expect(priced.totalCents).toBe(200);
    expect(priced.itemCount).toBe(2);
  });

  it("prices an empty cart at zero", () => {
    expect(priceCart({}, [product(1, 100)])).toEqual({ lines: [], missingIds: [], totalCents: 0, itemCount: 0 });
  });
});
