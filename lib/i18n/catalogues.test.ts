import { describe, expect, it } from "vitest";

import { LANGUAGES } from "@/lib/preferences/schema";

import { CATALOGUES } from "./catalogues";
import { format } from "./format";

/** Every key path of a catalogue with its text, e.g. ["hello.title", "Hello, session"]. */
function leaves(tree: object, prefix = ""): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("message catalogues", () => {
  const english = new Map(leaves(CATALOGUES.en));

  it.each(LANGUAGES.filter((language) => language !== "en"))("%s has every key English has, each a non-empty string with the same placeholders", (language) => {
    const other = new Map(leaves(CATALOGUES[language]));
    expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of other) {
      expect(typeof text, key).toBe("string");
      expect((text as string).trim(), key).not.toBe("");
      expect(placeholders(text as string), key).toEqual(placeholders(english.get(key) as string));
    }
  });

  it("English has no empty text", () => {
    for (const [key, text] of english) expect(String(text).trim(), key).not.toBe("");
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(format("Hello, {name}! {missing}", { name: "Hanako" })).toBe("Hello, Hanako! {missing}");
  });
});
