// Before the checks: open each exercise page once in the browser, so `next dev` has compiled the
// pages and their scripts, and no requirement fails merely because its first visit was slow. A
// production build has nothing left to compile.
import { chromium } from "@playwright/test";

import { CHECK_ENV, CHROMIUM_ARGS, checkPort, checkServer } from "../../lib/workbook/check-settings";

const PAGES = ["/try/1", "/try/1/greeting", "/try/2", "/try/2/members", "/try/3", "/try/3/cart", "/try/4", "/try/4/profile"];

export default async function warmUp() {
  if (process.env[CHECK_ENV.needsApp] !== "1" || checkServer() === "production") return;
  console.log("Compiling each exercise page on its first visit:");
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    for (const path of PAGES) {
      const started = Date.now();
      // A page that fails to compile is the learner's to see in the check's results, not here.
      await page.goto(`http://localhost:${checkPort()}${path}`, { waitUntil: "load", timeout: 180_000 }).catch(() => undefined);
      console.log(`  ${path} (${Math.round((Date.now() - started) / 1000)} s)`);
    }
  } finally {
    await browser.close();
  }
}
