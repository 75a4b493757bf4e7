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
  // `npm test` and the workbook's self-test build after `npm run typecheck` has checked these very
  // files (lib/tasks/test.ts, lib/tasks/workbook-selftest.ts); every other build type-checks.
  typescript: { ignoreBuildErrors: process.env.SKIP_BUILD_TYPE_CHECK === "1" },
  // Lets several test runs build side by side (e2e/run.ts sets it); `.next` otherwise.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The benchmark's probe routes (app/api/bench/*/route.bench.ts) and its floor page
  // (app/bench/floor/page.bench.tsx) are built only by the bench's own build (bench/run.ts sets
  // BENCH_BUILD=1): a production build never answers them.
  pageExtensions: process.env.BENCH_BUILD === "1" ? ["bench.ts", "bench.tsx", "tsx", "ts", "jsx", "js"] : ["tsx", "ts", "jsx", "js"],
};

export default nextConfig;
