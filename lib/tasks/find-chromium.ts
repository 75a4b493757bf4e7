import { existsSync } from "node:fs";

import { chromium } from "@playwright/test";

/** Debian's Chromium first (Playwright cannot download its own here), then Playwright's own build. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // No Playwright browser is registered on this machine.
  }
  return candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate))) ?? null;
}

export const NO_CHROMIUM_HELP =
  "No Chromium found: install one with `sudo apt-get install chromium` (Debian/Ubuntu) or `npx playwright install chromium`, or set CHROMIUM_PATH.";
