import { describe, expect, it } from "vitest";

import { LANGUAGES } from "@/lib/preferences/schema";

import { DEMO_PRODUCTS } from "./demo-products";
import { inLanguage, productNameIn } from "./product-translations";

const product = (slug: string) => ({ id: 1, ...DEMO_PRODUCTS.find((demo) => demo.slug === slug)! });

describe("product names in the visitor's language", () => {
  it("has every demo product in every language, never left in English", () => {
    for (const demo of DEMO_PRODUCTS) {
      for (const language of LANGUAGES.filter((code) => code !== "en")) {
        const shown = inLanguage(product(demo.slug), language);
        expect(shown.name, `${demo.slug} in ${language}`).not.toBe(demo.name);
        expect(shown.description, `${demo.slug} in ${language}`).not.toBe(demo.description);
        if (language === "ja") expect(shown.name).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      }
    }
  });

  it("shows the database's own words in English, and for a product it has no translation for", () => {
    expect(inLanguage(product("matcha"), "en")).toEqual(product("matcha"));
    const added = { id: 9, slug: "kettle", name: "Iron kettle", description: "Cast iron, 1 l.", priceCents: 5000, stock: 2 };
    expect(inLanguage(added, "ja")).toEqual(added);
    expect(productNameIn("ja", added)).toBe("Iron kettle");
  });

  it("changes the words only, never the price or the stock", () => {
    const tote = product("tote");
    expect(inLanguage(tote, "fr")).toEqual({ ...tote, name: "Sac en toile", description: "Assez solide pour une semaine de courses." });
    expect(productNameIn("ja", { slug: "matcha", name: "Matcha tea, 100 g" })).toBe("抹茶 100 g");
  });
});
