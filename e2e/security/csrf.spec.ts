// OWASP CSRF: a form on another site that posts to this one changes nothing. And the log-in's
// `next` never sends anyone off the site (open redirect).
import { expect, test } from "@playwright/test";

import { actionFields, postForm } from "../fixtures/form-post";
import { demoPassword, logInOverHttp, postLogin } from "../fixtures/login";

const EVIL = "http://evil.test";

test("a server action posted from another site is refused with a clear 403, and the cart is unchanged", { tag: "@smoke" }, async ({ page, context, baseURL }) => {
  await page.goto("/shop");
  const fields = await actionFields(context.request, "/shop", "productId", "1");
  const response = await postForm(context.request, "/shop", { ...fields, quantity: "3" }, { origin: EVIL });
  expect(response.status()).toBe(403);
  expect(await response.text()).toContain(`this form was sent from another site (Origin: ${EVIL})`);

  await page.goto("/cart");
  await expect(page.getByText("Your cart is empty")).toBeVisible();

  // The same form from this site's own page works: the refusal was about the origin alone.
  const ok = await postForm(context.request, "/shop", { ...fields, quantity: "3" }, { origin: new URL(baseURL!).origin });
  expect(ok.status()).toBe(200);
  await page.goto("/cart");
  await expect(page.getByText("Your cart is empty")).not.toBeVisible();
});

test("a real cross-site form in the browser cannot log the user out", async ({ page, baseURL }) => {
  await logInOverHttp(page, "alice");
  // The attacker's page, served at another origin; it auto-submits a form to our /logout.
  await page.route(`${EVIL}/**`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<form id="f" method="post" action="${baseURL}/logout"></form><script>document.getElementById("f").submit()</script>`,
    }),
  );
  const refused = page.waitForResponse((response) => response.url() === `${baseURL}/logout`);
  await page.goto(`${EVIL}/win-a-prize`);
  expect((await refused).status()).toBe(403);

  await page.goto("/profile");
  await expect(page.getByRole("heading", { name: "Hello, Alice Example" })).toBeVisible();
});

test("a request with no Origin at all is refused too", async ({ request }) => {
  const response = await request.post("/shop", { multipart: { productId: "1", quantity: "1" }, failOnStatusCode: false });
  expect(response.status()).toBe(403);
});

for (const next of ["https://evil.example/", "//evil.example/", "/\\evil.example", "https:evil.example", "javascript:alert(1)"]) {
  test(`the log-in does not follow next=${next} off the site`, async ({ request, baseURL }) => {
    // The form's own post, next and all, without a browser: where it redirects is where a browser lands.
    const response = await postLogin(request, { username: "alice", password: demoPassword("alice"), next });
    expect(response.status()).toBe(303);
    // Resolved as a browser resolves it (a backslash is a slash, "https:evil.example" a host).
    expect(new URL(response.headers()["location"] ?? "", baseURL).origin).toBe(new URL(baseURL!).origin);
  });
}
