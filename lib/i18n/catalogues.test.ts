import { describe, expect, it } from "vitest";

import { LANGUAGES } from "@/lib/preferences/schema";

import { catalogueGaps, catalogueLeaves, untranslatedJapanese } from "./catalogue-gaps";
import { CATALOGUES } from "./catalogues";
import { format } from "./format";

/** Japanese values that are only code, so they read the same in every language. */
const JAPANESE_CODE_ONLY = [
  "basics.resultSet",
  "admin.sessionId",
  "configuration.roundTripValue",
  "configuration.rows.files.development",
  "configuration.rows.files.production",
];

describe("message catalogues", () => {
  it("lists en, es, fr and ja, each with a catalogue", () => {
    expect([...LANGUAGES].sort()).toEqual(["en", "es", "fr", "ja"]);
    expect(Object.keys(CATALOGUES).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES.filter((language) => language !== "en"))("%s has every key English has, each a non-empty string with the same placeholders", (language) => {
    // The whole list at once, so a failure names every gap rather than the first.
    expect(catalogueGaps(CATALOGUES.en, CATALOGUES[language])).toEqual([]);
  });

  it("English has no empty text", () => {
    for (const [key, text] of catalogueLeaves(CATALOGUES.en)) expect(String(text).trim(), key).not.toBe("");
  });

  it("Japanese is written in Japanese, apart from the values that are only code", () => {
    expect(untranslatedJapanese(CATALOGUES.ja, JAPANESE_CODE_ONLY)).toEqual([]);
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(format("Hello, {name}! {missing}", { name: "Hanako" })).toBe("Hello, Hanako! {missing}");
  });
});

// The checks above pass today; these prove they would fail, on catalogues broken on purpose.
describe("the gap check", () => {
  const english = { cart: { empty: "Your cart is empty.", added: "Added {quantity} × {name}." }, home: { title: "Home" } };

  it("finds nothing in a complete translation", () => {
    expect(catalogueGaps(english, { cart: { empty: "カートは空です。", added: "{name} を {quantity} 点追加しました。" }, home: { title: "ホーム" } })).toEqual([]);
  });

  it("names a missing key, an empty value, a blank one and a stray key", () => {
    expect(catalogueGaps(english, { cart: { empty: "", added: "   " }, home: {}, extra: "?" })).toEqual([
      "home.title: missing",
      "cart.empty: empty",
      "cart.added: empty",
      "extra: not in English",
    ]);
  });

  it("names a whole missing area, and a placeholder dropped or misspelt", () => {
    expect(catalogueGaps(english, { cart: { empty: "Vide.", added: "Ajouté {quantite} × {name}." } })).toEqual([
      "home.title: missing",
      "cart.added: placeholders {name, quantite}, English has {name, quantity}",
    ]);
  });

  it("catches Japanese left in English, but not the code-only values", () => {
    expect(untranslatedJapanese({ cart: { empty: "Your cart is empty.", total: "合計" }, code: "session[\"{key}\"]" }, ["code"])).toEqual([
      'cart.empty: "Your cart is empty." has no Japanese in it',
    ]);
  });
});
