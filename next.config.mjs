// Server actions refuse a POST whose Origin is not this host; ALLOWED_ORIGINS (validated with the
// other settings in lib/config) names any other origin that may post, here as the hosts Next.js wants.
const allowedActionHosts = (process.env.ALLOWED_ORIGINS ?? "")
  .split(/[\s,]+/)
  .filter((origin) => URL.canParse(origin))
  .map((origin) => new URL(origin).host);

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // @next/env too: the configuration lesson asks the instance Next.js loaded the .env files with (lib/config/sources.ts).
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "@next/env"],
  // forbidden() answers a real 403 for a logged-in user without the role (the roles lesson).
  experimental: { authInterrupts: true, serverActions: { allowedOrigins: allowedActionHosts } },
  // The workbook's self-test builds copies of this project whose files `npm run typecheck` has
  // already checked (lib/tasks/workbook-selftest.ts); every other build type-checks.
  typescript: { ignoreBuildErrors: process.env.SKIP_BUILD_TYPE_CHECK === "1" },
  // Lets several test runs build side by side (lib/tasks/e2e.ts sets it); `.next` otherwise.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
