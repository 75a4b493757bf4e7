// `npm run dev` keeps the secret it generates where `npm start` never looks, so a production start
// without a secret of its own refuses, whether or not a development run came first.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { runPrepare } from "../fixtures/prepare-task";

const OLD_BLOCK = "# Created by npm run dev: a development-only secret. Never reuse it in production.\nSESSION_SECRET=old-dev-secret-0123456789abcdef0123456789\n";

let dir: string;

test.beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "sbe-dev-secret-"));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

const prepare = (mode: "development" | "production") => runPrepare(mode, dir, { DATABASE_URL: `file:${path.join(dir, "app.db")}`, SESSION_STORE: "cookie" });

const file = (name: string) => (existsSync(path.join(dir, name)) ? readFileSync(path.join(dir, name), "utf8") : "");

test("a development run writes its secret to .env.development.local, and a production start after it still refuses", async () => {
  const development = prepare("development");
  expect(development.status, development.output).toBe(0);
  expect(development.output).toContain("Created .env.development.local with a random SESSION_SECRET for development.");
  expect(file(".env.development.local")).toMatch(/^SESSION_SECRET=.{40,}$/m);
  expect(file(".env.local")).toBe("");

  const production = prepare("production");
  expect(production.status).not.toBe(0);
  expect(production.output).toContain("SESSION_SECRET is not set");
  expect(production.output).not.toContain("    at ");
});

test("a secret an older development run left in .env.local stops production, and the next development run moves it", async () => {
  writeFileSync(path.join(dir, ".env.local"), `SESSION_STORE=cookie\n${OLD_BLOCK}`);
  const production = prepare("production");
  expect(production.status).not.toBe(0);
  expect(production.output).toContain("SESSION_SECRET comes from .env.local, where an older npm run dev wrote a development-only secret.");

  const development = prepare("development");
  expect(development.status, development.output).toBe(0);
  expect(development.output).toContain("Moved the development SESSION_SECRET from .env.local to .env.development.local");
  expect(file(".env.local")).toBe("SESSION_STORE=cookie\n");
  expect(file(".env.development.local")).toBe(OLD_BLOCK);
  expect(prepare("production").output).toContain("SESSION_SECRET is not set");
});
