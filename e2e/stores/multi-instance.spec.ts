// Outgrowing one machine: two `next start` processes behind (say) a load balancer share one
// session store, so whichever instance a request reaches sees the same session. Here the
// browser itself plays the balancer: both instances are on localhost, and a cookie is not
// scoped to a port, so the same session cookie goes to both.
import { expect, test, type Page } from "@playwright/test";

import { createPostgresDatabase, prepareDeployment, startAppInstance, type AppInstance, type Deployment } from "../fixtures/app-instances";
import { waitForHydration } from "../fixtures/hydration";
import { demoPassword } from "../fixtures/login";
import { E2E_DATA_DIR, E2E_REDIS_PREFIX, STORES_SPEC_PORTS } from "../servers";

const SHARED_STORES = [
  {
    name: "PostgreSQL",
    server: "E2E_POSTGRES_SERVER_URL",
    ports: STORES_SPEC_PORTS.postgres,
    async deployment(serverUrl: string) {
      const database = await createPostgresDatabase(serverUrl, `sbe_e2e_multi_${STORES_SPEC_PORTS.postgres[0]}`);
      return { settings: { SESSION_STORE: "database", DATABASE_URL: database.url }, cleanUp: database.drop };
    },
  },
  {
    name: "Redis",
    server: "E2E_REDIS_URL",
    ports: STORES_SPEC_PORTS.redis,
    async deployment(serverUrl: string) {
      const settings = { SESSION_STORE: "redis", REDIS_URL: serverUrl, SESSION_KEY_PREFIX: `${E2E_REDIS_PREFIX}multi:`, DATABASE_URL: `file:./${E2E_DATA_DIR}/multi-redis.db` };
      return { settings, cleanUp: async () => {} };
    },
  },
] as const;

const at = (instance: AppInstance, path: string) => `${instance.baseURL}${path}`;
const currentUser = (page: Page) => page.getByRole("banner").getByTestId("current-user");

for (const store of SHARED_STORES) {
  test.describe(`two app instances sharing one ${store.name}`, () => {
    test.describe.configure({ mode: "serial", timeout: 120_000 });
    const serverUrl = process.env[store.server];
    test.skip(!serverUrl, `skipped: no ${store.name} for this run (e2e/run.ts said why)`);

    let first: AppInstance;
    let second: AppInstance;
    let cleanUp = async () => {};

    test.beforeAll(async () => {
      // Migrations and two first starts of the build: more than a test's 30 s on a busy machine.
      test.setTimeout(120_000);
      const { settings, cleanUp: remove } = await store.deployment(serverUrl!);
      cleanUp = remove;
      const deployment: Deployment = settings;
      await prepareDeployment(deployment);
      [first, second] = await Promise.all(store.ports.map((port) => startAppInstance(deployment, port)));
    });

    test.afterAll(async () => {
      await Promise.all([first?.stop(), second?.stop()]);
      await cleanUp();
    });

    test("log in on the first, use the cart on the second, log out on the second: the first sees the session gone", async ({ page, context }) => {
      // Logged in through the first instance.
      await page.goto(at(first, "/login"));
      // A first start of a build is slow to hydrate: typing before it would be undone.
      await waitForHydration(page.getByRole("button", { name: "Log in" }));
      await page.getByLabel("Username").fill("alice");
      await page.getByLabel("Password").fill(demoPassword("alice"));
      await page.getByRole("button", { name: "Log in" }).click();
      await expect(page).toHaveURL(at(first, "/profile"));
      const [cookie] = (await context.cookies()).filter((candidate) => candidate.name === "session");
      expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);

      // The second instance knows her: the session is in the shared store, not in either process.
      await page.goto(at(second, "/shop"));
      await expect(currentUser(page)).toHaveText("Alice Example");
      const card = page.getByRole("article", { name: "Enamel mug", exact: true });
      await waitForHydration(card.getByRole("button", { name: "Add to cart" }));
      await card.getByLabel("Quantity").fill("2");
      await card.getByRole("button", { name: "Add to cart" }).click();
      await expect(card.getByRole("status")).toHaveText("Added 2 × Enamel mug to your cart.");

      // The first instance sees the cart the second one wrote.
      await page.goto(at(first, "/cart"));
      await expect(page.getByRole("listitem", { name: "Enamel mug", exact: true }).getByLabel("Quantity")).toHaveValue("2");

      // Log out through the second instance.
      await page.goto(at(second, "/logout/confirm"));
      await waitForHydration(page.getByRole("main").getByRole("button", { name: "Log out" }));
      await page.getByRole("main").getByRole("button", { name: "Log out" }).click();
      await expect(page).toHaveURL(at(second, "/login?status=logged-out"));

      // The old cookie, sent to the first instance, names nothing any more.
      await context.addCookies([cookie!]);
      await page.goto(at(first, "/profile"));
      await expect(page).toHaveURL(at(first, "/login?next=%2Fprofile"));
      await expect(currentUser(page)).toHaveCount(0);
    });
  });
}
