// What a lesson page makes the browser download. The words client components show reach them
// from the root layout, picked for the visitor's language; no script carries a catalogue.
import { expect, test } from "@playwright/test";

import { catalogueLeaves } from "../lib/i18n/catalogue-gaps";
import { CATALOGUES } from "../lib/i18n/catalogues";
import { LANGUAGES } from "../lib/preferences/schema";

/** Long texts of a lesson /hello does not show, in every language: none may be in its scripts. */
const OTHER_LESSONS_TEXT = LANGUAGES.flatMap((language) =>
  catalogueLeaves(CATALOGUES[language].configuration)
    .map(([, text]) => String(text))
    .filter((text) => text.length > 40)
    .slice(0, 5),
);

test.use({ locale: "es-ES" });

test("a lesson page's scripts carry no message catalogue, and its button still speaks the visitor's language", async ({ page }) => {
  const scripts: Promise<string>[] = [];
  page.on("response", (response) => {
    if (response.url().endsWith(".js")) scripts.push(response.text());
  });
  await page.goto("/hello");
  await expect(page.getByRole("button", { name: CATALOGUES.es.hello.save })).toBeVisible();
  const bodies = await Promise.all(scripts);
  expect(bodies.length).toBeGreaterThan(0);
  for (const text of OTHER_LESSONS_TEXT) {
    expect(bodies.some((body) => body.includes(text)), `a script holds "${text.slice(0, 50)}…"`).toBe(false);
  }
});
