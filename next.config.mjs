/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  // forbidden() answers a real 403 for a logged-in user without the role (the roles lesson).
  experimental: { authInterrupts: true },
  // Lets several test runs build side by side (lib/tasks/e2e.ts sets it); `.next` otherwise.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
