import type { Language } from "@/lib/preferences/schema";

type ProductText = { name: string; description: string };

/**
 * The demo products' names and descriptions in the other languages, by slug. The database holds
 * the shop's own words (English, as seeded); a product with no entry here shows those in every
 * language, as a product added later would.
 */
const TRANSLATIONS: Record<string, Partial<Record<Language, ProductText>>> = {
  matcha: {
    es: { name: "Té matcha, 100 g", description: "Té verde molido a la piedra, de Uji." },
    fr: { name: "Thé matcha, 100 g", description: "Thé vert moulu à la meule, d’Uji." },
    ja: { name: "抹茶 100 g", description: "宇治の石臼挽き緑茶。" },
  },
  notebook: {
    es: { name: "Cuaderno cuadriculado", description: "A5, 160 páginas, se abre plano." },
    fr: { name: "Carnet quadrillé", description: "A5, 160 pages, s’ouvre à plat." },
    ja: { name: "方眼ノート", description: "A5、160\u00a0ページ。平らに開きます。" },
  },
  furoshiki: {
    es: { name: "Tela furoshiki", description: "Tela de algodón para envolver, 70 × 70 cm." },
    fr: { name: "Tissu furoshiki", description: "Tissu d’emballage en coton, 70 × 70 cm." },
    ja: { name: "風呂敷", description: "木綿の包み布、70 × 70 cm。" },
  },
  mug: {
    es: { name: "Taza esmaltada", description: "Caben 350 ml; aguanta una fogata." },
    fr: { name: "Tasse émaillée", description: "Contient 350 ml\u00a0; résiste à un feu de camp." },
    ja: { name: "ホーローマグ", description: "容量 350 ml。たき火にもかけられます。" },
  },
  pencils: {
    es: { name: "Juego de lápices", description: "Seis lápices, de HB a 4B." },
    fr: { name: "Lot de crayons", description: "Six crayons, de HB à 4B." },
    ja: { name: "鉛筆セット", description: "HB から 4B まで 6\u00a0本。" },
  },
  tote: {
    es: { name: "Bolsa de lona", description: "Aguanta la compra de una semana." },
    fr: { name: "Sac en toile", description: "Assez solide pour une semaine de courses." },
    ja: { name: "キャンバストート", description: "1\u00a0週間分の食料品も運べる丈夫さ。" },
  },
};

/** The product with its name and description in this language, where there is a translation. */
export function inLanguage<T extends { slug: string } & ProductText>(product: T, language: Language): T {
  const text = TRANSLATIONS[product.slug]?.[language];
  return text ? { ...product, ...text } : product;
}

/** Only the name, for what carries no description (an order line, a shortage at checkout). */
export function productNameIn(language: Language, product: { slug: string; name: string }): string {
  return TRANSLATIONS[product.slug]?.[language]?.name ?? product.name;
}
