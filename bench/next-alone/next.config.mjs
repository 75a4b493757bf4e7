// Next.js alone (npm run bench): an app with nothing of ours in it, to show what the framework
// itself allows a page against a route handler. Built from the project's own node_modules.
import path from "node:path";

const projectDir = path.resolve(import.meta.dirname, "../..");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  turbopack: { root: projectDir },
  outputFileTracingRoot: projectDir,
};

export default nextConfig;
