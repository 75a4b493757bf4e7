// The shop lesson's catalogue, seeded once. Prices are integer cents: no floating-point money.
export const DEMO_PRODUCTS = [
  { slug: "matcha", name: "Matcha tea, 100 g", description: "Stone-ground green tea from Uji.", priceCents: 1800, stock: 40 },
  { slug: "notebook", name: "Grid notebook", description: "A5, 160 pages, lies flat.", priceCents: 950, stock: 60 },
  { slug: "furoshiki", name: "Furoshiki cloth", description: "Cotton wrapping cloth, 70 × 70 cm.", priceCents: 2400, stock: 15 },
  { slug: "mug", name: "Enamel mug", description: "Holds 350 ml; survives a campfire.", priceCents: 1400, stock: 25 },
  { slug: "pencils", name: "Pencil set", description: "Six pencils, HB to 4B.", priceCents: 650, stock: 80 },
  { slug: "tote", name: "Canvas tote", description: "Sturdy enough for a week of groceries.", priceCents: 1600, stock: 3 },
];
