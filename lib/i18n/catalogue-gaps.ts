// Translation gaps, found by comparing a catalogue with English, the source of truth. The type
// checker already insists on English's keys, but not on real text: an empty "" or a value still in
// English type-checks fine and shows a blank or a foreign word on the page. This names them all.

/** Every key path of a catalogue with its text, e.g. ["hello.title", "Hello, session"]. */
export function catalogueLeaves(tree: object, prefix = ""): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? catalogueLeaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort().join(", ");

/**
 * What a translation lacks, one line per problem ("cart.empty: missing"): keys English has and it
 * has not, keys English lacks, values that are not text or are blank, and placeholders that differ
 * from English's (a dropped "{name}" loses the name; a new one shows up raw).
 */
export function catalogueGaps(english: object, translation: object): string[] {
  const reference = new Map(catalogueLeaves(english));
  const translated = new Map(catalogueLeaves(translation));
  const gaps: string[] = [];
  for (const key of reference.keys()) if (!translated.has(key)) gaps.push(`${key}: missing`);
  for (const [key, text] of translated) {
    if (!reference.has(key)) gaps.push(`${key}: not in English`);
    else if (typeof text !== "string") gaps.push(`${key}: not text`);
    else if (text.trim() === "") gaps.push(`${key}: empty`);
    else if (placeholders(text) !== placeholders(String(reference.get(key)))) {
      gaps.push(`${key}: placeholders {${placeholders(text)}}, English has {${placeholders(String(reference.get(key)))}}`);
    }
  }
  return gaps;
}

/** Kana or kanji: a Japanese value without any is most likely English left untranslated. */
const JAPANESE_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff]/;

/**
 * Japanese values written without any Japanese script, apart from `codeOnly`, the few that are
 * nothing but code (`session["{key}"] = {value}`) and read the same in every language.
 */
export function untranslatedJapanese(translation: object, codeOnly: readonly string[]): string[] {
  return catalogueLeaves(translation)
    .filter(([key, text]) => !codeOnly.includes(key) && !JAPANESE_SCRIPT.test(String(text)))
    .map(([key, text]) => `${key}: ${JSON.stringify(text)} has no Japanese in it`);
}
