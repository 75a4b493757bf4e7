// The store's server is up but hung (SIGSTOP: its connections stay open and nothing answers), the
// case a command timeout exists for. A page that needs the session and /api/health answer 503
// within 3 s instead of waiting for the server; when it resumes (SIGCONT), the same app process
// answers 200 again, with the same session, without being restarted. (A server that is stopped
// outright, refusing connections, is redis-outage.spec.ts.)
import { expect, test, type APIRequestContext } from "@playwright/test";

import { cannotStart, freePort, startPrivateServer, type PrivateServer, type PrivateServerKind } from "@/lib/testing/private-servers";

import { prepareDeployment, startAppInstance, type AppInstance, type Deployment } from "../fixtures/app-instances";
import { E2E_DATA_DIR, E2E_KEY_PREFIX } from "../servers";

test.describe.configure({ mode: "serial", timeout: 120_000 });

/** How long a request may wait for a hung store's server before it answers 503. */
const DEADLINE_MS = 3000;

/** Each store's settings on its own private server; PostgreSQL holds the whole database, sessions included. */
const DEPLOYMENTS: Record<PrivateServerKind, { name: string; deployment: (url: string) => Deployment }> = {
  redis: { name: "Redis", deployment: (url) => ({ SESSION_STORE: "redis", REDIS_URL: url, DATABASE_URL: `file:./${E2E_DATA_DIR}/hung-redis.db` }) },
  memcached: {
    name: "Memcached",
    deployment: (url) => ({ SESSION_STORE: "memcached", MEMCACHED_URL: url, SESSION_KEY_PREFIX: E2E_KEY_PREFIX, DATABASE_URL: `file:./${E2E_DATA_DIR}/hung-memcached.db` }),
  },
  postgres: { name: "PostgreSQL", deployment: (url) => ({ SESSION_STORE: "database", DATABASE_URL: url }) },
};

/** The status of a GET and how long it took to come back. */
async function timedGet(request: APIRequestContext, url: string): Promise<{ status: number; ms: number }> {
  const started = Date.now();
  const response = await request.get(url, { maxRedirects: 0 });
  return { status: response.status(), ms: Date.now() - started };
}

for (const kind of ["redis", "memcached", "postgres"] as const) {
  const { name, deployment } = DEPLOYMENTS[kind];

  test.describe(`with ${name} hung`, () => {
    const unavailable = cannotStart(kind);
    test.skip(unavailable !== null, unavailable ?? "");

    let server: PrivateServer;
    let app: AppInstance;

    test.beforeAll(async () => {
      // A server of its own, migrations, and a build's first start: more than a test's 30 s on a busy machine.
      test.setTimeout(120_000);
      server = await startPrivateServer(kind);
      const settings = deployment(server.url);
      await prepareDeployment(settings);
      app = await startAppInstance(settings, await freePort());
    });

    test.afterEach(async ({}, testInfo) => {
      if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach("app server's stderr", { body: app?.errors() ?? "" });
    });

    test.afterAll(async () => {
      server?.resume();
      await app?.stop();
      await server?.stop();
    });

    test(`pages and /api/health answer 503 within 3 s, and 200 again once ${name} resumes`, async ({ page }) => {
      await page.goto(`${app.baseURL}/hello`);
      await page.getByLabel("Your name").fill("Hanako");
      await page.getByRole("button", { name: "Save to the session" }).click();
      await expect(page.getByTestId("greeting")).toHaveText("Hello, Hanako!");
      const paths = ["/hello/output", "/api/health"];
      // Both answer while the server does; this also loads their code, so the timing below is the wait alone.
      for (const path of paths) expect((await timedGet(page.request, `${app.baseURL}${path}`)).status, path).toBe(200);

      await server.hang();
      try {
        for (const path of paths) {
          const { status, ms } = await timedGet(page.request, `${app.baseURL}${path}`);
          expect(status, path).toBe(503);
          expect(ms, `${path} answered after ${ms} ms`).toBeLessThan(DEADLINE_MS);
        }
        // The app did not crash: the same process is still there.
        expect(app.process.exitCode).toBeNull();
      } finally {
        server.resume();
      }

      // No restart of the app: its client finds the server again by itself, and the session is still there.
      await expect.poll(async () => (await page.request.get(`${app.baseURL}/api/health`)).status(), { timeout: 15_000 }).toBe(200);
      await page.goto(`${app.baseURL}/hello/output`);
      await expect(page.getByTestId("greeting")).toHaveText("Hello, Hanako!");
      expect(app.errors()).not.toMatch(/unhandled|uncaught/i);
    });
  });
}
