// Before the checks: open each exercise page once, so `next dev` has compiled them and no check
// fails merely because the first visit was slow.
import type { FullConfig } from "@playwright/test";

import { CHECK_ENV, checkPort } from "./settings";

const PAGES = ["/try/1", "/try/1/greeting", "/try/2", "/try/2/members", "/try/3", "/try/3/cart", "/try/4", "/try/4/profile"];

export default async function warmUp(config: FullConfig) {
  if (process.env[CHECK_ENV.needsApp] !== "1") return;
  void config;
  for (const page of PAGES) {
    // A page that fails to compile is the learner's to see in the check's results, not here.
    await fetch(`http://localhost:${checkPort()}${page}`, { redirect: "manual" }).catch(() => undefined);
  }
}
