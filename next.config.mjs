/** @type {import('next').NextConfig} */
const nextConfig = {
  // The app is served by `next start`; no image CDN or telemetry is reachable offline.
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
};

export default nextConfig;
