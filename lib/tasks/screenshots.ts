// `npm run screenshots -- [baseURL] [path …] [--locale=ja-JP]`: full-page PNGs of pages at phone
// and laptop width, into screenshots/, so a person can look at what the app shows before calling
// it done. --locale sets the browser's Accept-Language, so a first visit reads that language.
import { mkdirSync } from "node:fs";
import path from "node:path";

import { chromium } from "@playwright/test";

import { findChromium, NO_CHROMIUM_HELP } from "./find-chromium";
import { fail } from "./process";

const args = process.argv.slice(2);
const locale = args.find((arg) => arg.startsWith("--locale="))?.slice("--locale=".length);
const [baseUrl = "http://localhost:3000", ...paths] = args.filter((arg) => !arg.startsWith("--"));
const pages = paths.length > 0 ? paths : ["/", "/hello", "/basics"];
const widths = { phone: { width: 390, height: 844 }, laptop: { width: 1366, height: 800 } };

const executablePath = findChromium() ?? fail(NO_CHROMIUM_HELP);
const outDir = path.resolve(import.meta.dirname, "../../screenshots");
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"] });
try {
  for (const [device, viewport] of Object.entries(widths)) {
    const page = await browser.newPage({ viewport, locale });
    for (const pagePath of pages) {
      await page.goto(new URL(pagePath, baseUrl).href, { waitUntil: "networkidle" });
      const file = path.join(outDir, `${pagePath.replace(/\W+/g, "_").replace(/^_|_$/g, "") || "home"}${locale ? `-${locale}` : ""}-${device}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
}
