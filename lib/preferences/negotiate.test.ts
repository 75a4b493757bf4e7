import { describe, expect, it } from "vitest";

import { languageFromAcceptLanguage } from "./negotiate";

describe("the first visit's language, from Accept-Language", () => {
  it.each([
    [undefined, "en"],
    ["", "en"],
    ["fr-FR,fr;q=0.9,en;q=0.8", "fr"],
    ["es", "es"],
    ["de-DE,de;q=0.9,es;q=0.5,fr;q=0.4", "es"],
    ["en;q=0.2,fr;q=0.7", "fr"],
    ["ja,zh;q=0.9", "ja"],
    ["ja-JP", "ja"],
    ["ja-JP,ja;q=0.9,en-US;q=0.8,en;q=0.7", "ja"],
    ["en-US,en;q=0.9,ja;q=0.8", "en"],
    ["zh-CN,ko;q=0.9", "en"],
    ["fr;q=0,es;q=0.1", "es"],
    [";;;,q=,fr;q=abc,es-MX", "es"],
  ])("%j picks %s", (header, expected) => {
    expect(languageFromAcceptLanguage(header)).toBe(expected);
  });
});
