import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The layout's walls (CONTRIBUTING.md), enforced rather than hoped for.
const libraryOnlyImports = {
  patterns: [
    { group: ["@prisma/client", "@/lib/generated/*", "iron-session", "ioredis"], message: "Pages and actions go through lib/ (getSession, lib/db); only lib/ talks to stores." },
    { group: ["@/lib/session/stores/*", "@/lib/session/active-store"], message: "Use getSession() from @/lib/session: code above lib/session never knows the store." },
  ],
};

const config = [
  { ignores: ["node_modules/", ".next*/", "bench/next-alone/.next/", ".workbook/", "lib/generated/", "test-results/", "playwright-report/", "next-env.d.ts"] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    // The workbook's exercises are pages and actions too: the learner goes through getSession().
    files: ["app/**", "workbook/**"],
    rules: { "no-restricted-imports": ["error", libraryOnlyImports] },
  },
  {
    files: ["lib/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["@/app/*"], message: "lib/ never imports app/." }] }] },
  },
  {
    // The session layer reports events to whoever subscribes (lib/session/events.ts) and knows
    // nothing of who they are: imports run app -> lib -> lib/session, never back.
    files: ["lib/session/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/app/*"], message: "lib/ never imports app/." },
            { group: ["@/lib/auth", "@/lib/auth/*", "@/lib/security-log", "@/lib/security-log/*", "@/lib/preferences", "@/lib/preferences/*", "@/lib/timeline", "@/lib/timeline/*"], message: "lib/session imports nothing above it: report a session event (lib/session/events.ts) instead." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/session/stores/**"],
    // A store's own test file imports that store; the wall is between stores.
    ignores: ["lib/session/stores/*.test.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["./*", "@/lib/session/stores/*"], message: "A store never imports another store." }] }] },
  },
];

export default config;
