// The store's server goes away mid-run: requests that need the session get a clear 503, not a
// 500 and not a hang; the app process keeps running; when Redis is back, the same process
// serves the same sessions again without being restarted.
import { expect, test } from "@playwright/test";

import { canRunRedisServer, prepareDeployment, privateRedis, startAppInstance, type AppInstance } from "../fixtures/app-instances";
import { E2E_DATA_DIR, STORES_SPEC_PORTS } from "../servers";

test.describe.configure({ mode: "serial", timeout: 120_000 });
test.skip(!canRunRedisServer(), "skipped: no redis-server on this machine to start and stop (apt-get install redis-server)");

const redis = privateRedis(STORES_SPEC_PORTS.privateRedis);
let app: AppInstance;

test.beforeAll(async () => {
  // Migrations, a build's first start and a Redis: more than a test's 30 s on a busy machine.
  test.setTimeout(120_000);
  await redis.start();
  const deployment = { SESSION_STORE: "redis", REDIS_URL: redis.url, DATABASE_URL: `file:./${E2E_DATA_DIR}/outage.db` };
  await prepareDeployment(deployment);
  app = await startAppInstance(deployment, STORES_SPEC_PORTS.faultApp);
});

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach("app server's stderr", { body: app?.errors() ?? "" });
});

test.afterAll(async () => {
  await app?.stop();
  await redis.remove();
});

test("with Redis stopped, pages answer 503 with a clear message, and come back when Redis does", async ({ page }) => {
  await page.goto(`${app.baseURL}/hello`);
  await page.getByLabel("Your name").fill("Hanako");
  await page.getByRole("button", { name: "Save to the session" }).click();
  await expect(page.getByTestId("greeting")).toHaveText("Hello, Hanako!");

  await redis.stop();

  // A page view: 503, in the browser's language, saying which server and that it will recover.
  const response = await page.goto(`${app.baseURL}/hello/output`);
  expect(response?.status()).toBe(503);
  expect(response?.headers()["retry-after"]).toBe("5");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sessions are unavailable for a moment");
  await expect(page.getByRole("alert")).toContainText("The server that keeps the sessions (Redis) is not answering");
  // The same browser, its session cookie sent, asking in French (a visitor with no session reads
  // pages without the store, so only a session's request needs Redis).
  const french = await page.request.get(`${app.baseURL}/basics`, { headers: { "Accept-Language": "fr-FR,fr;q=0.9" } });
  expect(french.status()).toBe(503);
  expect(await french.text()).toContain("Les sessions sont indisponibles pour un moment");

  // A route handler (log-out) says the same, rather than a 500.
  const logout = await page.request.post(`${app.baseURL}/logout`, { headers: { Origin: app.baseURL }, maxRedirects: 0 });
  expect(logout.status()).toBe(503);

  // The app did not crash: the same process is still there, and answers at once.
  expect(app.process.exitCode).toBeNull();

  await redis.start();

  // No restart of the app: its Redis client reconnects by itself, and the session is still there.
  await expect.poll(async () => (await page.request.get(`${app.baseURL}/hello/output`)).status(), { timeout: 15_000 }).toBe(200);
  await page.goto(`${app.baseURL}/hello/output`);
  await expect(page.getByTestId("greeting")).toHaveText("Hello, Hanako!");
  expect(app.errors()).not.toMatch(/unhandled|uncaught/i);
});

test("a form sent while Redis is down says the store is unavailable, not that something went wrong", async ({ page }) => {
  await page.goto(`${app.baseURL}/hello`);
  await redis.stop();
  try {
    await page.getByLabel("Your name").fill("Taro");
    await page.getByRole("button", { name: "Save to the session" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sessions are unavailable for a moment");
    await expect(page.getByText("The server that keeps the sessions (Redis) is not answering")).toBeVisible();
  } finally {
    await redis.start();
  }
});
