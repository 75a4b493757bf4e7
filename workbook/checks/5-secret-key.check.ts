// Exercise 5: the server must start with its secret and keep a working session. It is started
// here as the learner starts it, with no secret in the environment: the secret must come from
// the exercise's own environment file.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { COUNTER_COOKIE, SECRET_VARIABLE } from "../../lib/workbook/visit-counter-server";
import { checkPort } from "../../lib/workbook/check-settings";

const projectDir = path.resolve(import.meta.dirname, "../..");
const port = checkPort() + 1;
const baseURL = `http://localhost:${port}`;

let server: ChildProcess | undefined;
let output = "";
let outcome: "listening" | "stopped" | "silent" = "silent";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  // No secret from the shell, and no NODE_ENV to change which environment files are read.
  const inherited = Object.entries(process.env).filter(([name]) => name !== SECRET_VARIABLE && name !== "NODE_ENV");
  // Cast: Next.js's types make NODE_ENV a required key of ProcessEnv, and leaving it out is the point.
  const env = { ...Object.fromEntries(inherited), PORT: String(port) } as unknown as NodeJS.ProcessEnv;
  server = spawn(path.join(projectDir, "node_modules/.bin/tsx"), ["workbook/exercises/5-secret-key/start.ts"], { cwd: projectDir, env, detached: true });
  outcome = await new Promise((resolve) => {
    const timer = setTimeout(() => resolve("silent"), 30_000);
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("is listening on")) {
        clearTimeout(timer);
        resolve("listening");
      }
    };
    server?.stdout?.on("data", listen);
    server?.stderr?.on("data", listen);
    server?.on("exit", () => {
      clearTimeout(timer);
      resolve("stopped");
    });
  });
});

test.afterAll(() => {
  // detached: its own process group, so tsx's child goes too.
  if (server?.pid) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // It had stopped by itself.
    }
  }
});

/** What the server printed, squeezed onto one line for the report. */
const said = () => output.trim().split("\n").map((line) => line.trim()).filter(Boolean).slice(0, 3).join(" / ") || "nothing";

test("the server starts, with no \"secret key not set\" error", async () => {
  expect(outcome, `npm run workbook:secret-server should start and listen; it said: ${said()}`).toBe("listening");
});

test("a visit gets a sealed, HttpOnly session cookie", async ({ page, context }) => {
  expect(outcome, `the server did not start, so there is no session to check; it said: ${said()}`).toBe("listening");
  await page.goto(baseURL);
  const cookie = (await context.cookies()).find(({ name }) => name === COUNTER_COOKIE);
  expect(cookie, "the server should send a session cookie").toBeDefined();
  expect(cookie?.httpOnly, "the session cookie should be HttpOnly").toBe(true);
  expect(cookie?.value, "the cookie's content should be sealed with the secret (iron-session's Fe26.2 format)").toMatch(/^Fe26\.2\*/);
});

test("the session counts your visits from one request to the next", async ({ page, browser }) => {
  expect(outcome, `the server did not start, so there is no session to check; it said: ${said()}`).toBe("listening");
  await page.goto(baseURL);
  await page.goto(baseURL);
  await expect(page.getByTestId("visits"), "the second visit should count 2").toHaveText("Visits in this session: 2");
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto(baseURL);
  await expect(otherPage.getByTestId("visits"), "another browser should start its own count at 1").toHaveText("Visits in this session: 1");
  await other.close();
});
