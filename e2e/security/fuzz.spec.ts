// A small fuzz, with a fixed seed so a failure can be replayed: a few thousand broken cookies, form
// fields and headers. Whatever comes in, the answer is a page or a 4xx with a message, never a 500
// and never a stack trace.
import { randomBytes } from "node:crypto";

import { expect, test, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import fc from "fast-check";

import { prepareDeployment, startAppInstance } from "../fixtures/app-instances";
import { actionFields, postForm } from "../fixtures/form-post";
import { requireSessionCookie, SESSION_COOKIE_NAME } from "../fixtures/session-cookie";
import { startSession } from "../fixtures/start-session";
import { E2E_DATA_DIR, PORT_BASE } from "../servers";

const SEED = 20261123;
const STACK_TRACE = /\n\s+at [\w.<>]+ \(|node_modules\/|\bTypeError\b|\bReferenceError\b/;

/** Header-safe text: what a browser could actually send in a cookie or a header. */
const headerText = (maxLength: number) => fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength });

/** How many requests are in flight at once. */
const IN_FLIGHT = 8;

/**
 * Runs the requests a few at a time, and checks every answer. Each lane sends its next request as
 * soon as its last is answered: a slow answer holds up its own lane, not a whole batch.
 */
async function expectNoServerErrors(cases: { label: string; send: () => Promise<APIResponse> }[]) {
  const failures: string[] = [];
  let next = 0;
  const lane = async () => {
    for (let index = next++; index < cases.length; index = next++) {
      const { label, send } = cases[index]!;
      const response = await send();
      const body = await response.text();
      if (response.status() >= 500 || STACK_TRACE.test(body)) failures.push(`${response.status()} for ${label}`);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
  expect(failures, failures.slice(0, 5).join("\n")).toEqual([]);
}

async function validCookie(page: Page): Promise<string> {
  await startSession(page);
  return (await requireSessionCookie(page.context())).value;
}

test("1,200 broken session cookies", { tag: "@database" }, async ({ page, request }) => {
  test.setTimeout(480_000);
  const valid = await validCookie(page);
  const mutated = fc.tuple(fc.nat({ max: valid.length - 1 }), headerText(3), fc.nat({ max: 3 })).map(([at, insert, cut]) => valid.slice(0, at) + insert + valid.slice(at + cut));
  const values = fc.sample(
    fc.oneof(mutated, headerText(60), headerText(5000), fc.constantFrom(valid.slice(0, 10), `${valid}~3`, valid.replace("~2", "~9"), "Fe26.2**~2", "Fe26.2*1*" + "A*".repeat(8) + "~2")),
    { seed: SEED, numRuns: 1200 },
  );
  const paths = ["/profile", "/cart", "/inspector", "/history", "/hello", "/admin", "/basics"];
  await expectNoServerErrors(
    values.map((value, index) => {
      const path = paths[index % paths.length]!;
      return { label: `${path} with cookie ${JSON.stringify(value.slice(0, 80))}`, send: () => request.get(path, { headers: { cookie: `${SESSION_COOKIE_NAME}=${value}` }, maxRedirects: 0, failOnStatusCode: false }) };
    }),
  );
});

test("1,200 odd values in the lessons' forms", async ({ browser }) => {
  test.setTimeout(480_000);
  // A server of this test's own, behind a pretend reverse proxy (TRUST_PROXY=1), each request from
  // an address of its own: the log-in form's failures would otherwise lock the address every
  // other spec signs in from (thirty failures lock an address, lib/auth/throttle.ts).
  const deployment = { SESSION_STORE: "cookie", DATABASE_URL: `file:./${E2E_DATA_DIR}/fuzz-forms.db`, TRUST_PROXY: "1" };
  await prepareDeployment(deployment);
  const app = await startAppInstance(deployment, PORT_BASE + 36);
  const context = await browser.newContext({ baseURL: app.baseURL });
  try {
    await fuzzForms(context.request, `${SESSION_COOKIE_NAME}=${await validCookie(await context.newPage())}`, new URL(app.baseURL).origin);
  } finally {
    await context.close();
    await app.stop();
  }
});

async function fuzzForms(request: APIRequestContext, cookie: string, origin: string) {
  const forms = [
    { path: "/login", marker: "username", fields: ["username", "password", "next"] },
    { path: "/hello", marker: "name", fields: ["name"] },
    { path: "/basics", marker: "value", fields: ["key", "value"] },
    { path: "/preferences", marker: "notifications", fields: ["language", "theme", "notifications"] },
    { path: "/shop", marker: "productId", fields: ["productId", "quantity"] },
  ];
  const hidden = await Promise.all(forms.map((form) => actionFields(request, form.path, form.marker)));
  const oddValue = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: "grapheme", maxLength: 200 }),
    fc.string({ unit: "binary", maxLength: 50 }),
    fc.constantFrom("", " ", "0", "-1", "1e309", "NaN", "99999999999999999999", "ja", "xx-YY", "dark;light", "../../etc/passwd", "<script>alert(1)</script>", "__proto__", "constructor", "null", "true"),
    fc.nat({ max: 20_000 }).map((length) => "x".repeat(length)),
  );
  // Some fields left out altogether, as a hand-made request might.
  const values = fc.sample(fc.tuple(fc.nat({ max: forms.length - 1 }), fc.array(fc.option(oddValue, { nil: undefined }), { minLength: 3, maxLength: 3 })), { seed: SEED, numRuns: 1200 });
  await expectNoServerErrors(
    values.map(([which, odd]) => {
      const form = forms[which]!;
      const fields: Record<string, string> = { ...hidden[which] };
      form.fields.forEach((name, index) => {
        const value = odd[index];
        if (value !== undefined) fields[name] = value;
      });
      const from = { "x-forwarded-for": `198.18.${randomBytes(1)[0]}.${randomBytes(1)[0]}` };
      return { label: `${form.path} with ${JSON.stringify(fields).slice(0, 200)}`, send: () => postForm(request, form.path, fields, { origin, cookie, headers: from }) };
    }),
  );
}

test("600 odd Accept-Language, Origin and forwarding headers", async ({ request }) => {
  test.setTimeout(300_000);
  const values = fc.sample(fc.tuple(headerText(120), headerText(40), fc.constantFrom("/", "/hello", "/preferences", "/login", "/logout")), { seed: SEED, numRuns: 600 });
  await expectNoServerErrors(
    values.map(([language, forwarded, path], index) => ({
      label: `${path} with Accept-Language ${JSON.stringify(language)}`,
      send: () =>
        index % 3 === 0
          ? request.post(path, { headers: { origin: forwarded, "accept-language": language }, maxRedirects: 0, failOnStatusCode: false })
          : request.get(path, { headers: { "accept-language": language, "x-forwarded-for": forwarded, "x-forwarded-proto": index % 2 ? "https" : forwarded }, maxRedirects: 0, failOnStatusCode: false }),
    })),
  );
});
