// The requests each scenario sends. Every connection that needs a session gets one of its own
// (logged in as alice), as one browser would: ten connections sharing one session would measure
// a store's handling of ten simultaneous writes to one record, which no single visitor makes.
import { DEMO_USERS } from "@/lib/auth/demo-users";
import type { ScenarioKind } from "@/lib/bench/result-schema";
import { HISTORY_LIMIT } from "@/lib/history/visit-history";

import type { FlaskPeer } from "./flask-peer";
import { formPost, logIn, loginPost, send, type FormPost } from "./forms";
import type { NextAlone } from "./next-alone";
import type { RunningServer } from "./server";

export interface Request {
  method: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface Scenario {
  kind: ScenarioKind;
  store: string;
  baseUrl: string;
  /** The server process whose CPU time the scenario is charged (its children too). */
  serverPid: number;
  /** The status every response should have; anything else counts as an error. */
  expectStatus: number;
  /** What connection number `index` sends, in a loop. */
  requests: Request[];
  /** The session cookie connection `index` starts with; none when absent. */
  cookieOf?: (index: number) => string;
  /** Keep the cookie each response sets, as a browser does (the cart's remove needs the cart its add made). */
  followCookies: boolean;
}

const alice = DEMO_USERS.find((user) => user.username === "alice")!;

const post = (form: FormPost): Request => ({ method: "POST", path: form.path, headers: form.headers, body: form.body });

/** One logged-in session per connection, made before the clock starts (each login is an argon2 check). */
async function sessionsFor(baseUrl: string, connections: number): Promise<string[]> {
  const cookies: string[] = [];
  for (let index = 0; index < connections; index++) cookies.push(await logIn(baseUrl, alice.username, alice.password));
  return cookies;
}

/** Connection `index`'s cookie: one of `cookies` each, in turn. */
const eachConnectionOneOf = (cookies: readonly string[]) => (index: number) => cookies[index % cookies.length]!;

/**
 * Sessions as the write probe's are once its first requests are past: each connection follows its
 * cookie, one visit longer per write until the history holds HISTORY_LIMIT of them, and then the
 * same size for good (a sealed cookie of about 1.5 kB against 0.7 kB just after logging in). The
 * Set-Cookie floor is sent these, so that it sends back a cookie as large as the write's.
 */
export async function fullHistorySessions(baseUrl: string, loggedIn: readonly string[]): Promise<string[]> {
  const writeProbe: FormPost = { path: "/api/bench/session", headers: { origin: baseUrl }, body: "" };
  const sessions: string[] = [];
  for (let cookie of loggedIn) {
    for (let visit = 0; visit < HISTORY_LIMIT; visit++) {
      const written = await send(baseUrl, writeProbe, cookie);
      if (written.status !== 200) throw new Error(`The write probe answered ${written.status}.`);
      // A server-side store's id stays what the browser holds.
      cookie = written.cookie ?? cookie;
    }
    sessions.push(cookie);
  }
  return sessions;
}

/**
 * Logged-in sessions that have also been through /hello's form, as a learner has before reading
 * /hello/output (without a name, it sends them back to the form).
 */
async function namedSessions(baseUrl: string, loggedIn: readonly string[]): Promise<string[]> {
  const sessions: string[] = [];
  for (const cookie of loggedIn) {
    const form = await formPost(baseUrl, "/hello", { name: "name" }, { name: "Alice" }, cookie);
    const named = await send(baseUrl, form, cookie);
    if (named.status !== 303) throw new Error(`The /hello form answered ${named.status}.`);
    sessions.push(named.cookie ?? cookie);
  }
  return sessions;
}

/** The shop's add-to-cart form and the cart's remove form, read from the pages with a session of the bench's own. */
async function cartForms(baseUrl: string): Promise<{ add: FormPost; remove: FormPost }> {
  const cookie = await logIn(baseUrl, alice.username, alice.password);
  const add = await formPost(baseUrl, "/shop", { name: "productId" }, { quantity: "1" }, cookie);
  const added = await send(baseUrl, add, cookie);
  if (added.status !== 200) throw new Error(`Adding to the cart answered ${added.status}.`);
  // A sealed cookie comes back changed; a server-side store's id stays what the browser holds.
  const cartCookie = added.cookie ?? cookie;
  const remove = await formPost(baseUrl, "/cart", { name: "intent", value: "remove" }, {}, cartCookie);
  await send(baseUrl, remove, cartCookie);
  return { add, remove };
}

export interface ScenarioChoice {
  /** The probes (control, read, write), the lesson page and the cart: on every store's server. */
  perStore: ScenarioKind[];
  /**
   * On one store's server only: the floors (cookie-read, turn, post, set-cookie), which never open a session,
   * and the login, whose cost is the password check, the same everywhere.
   */
  onceOnly: ScenarioKind[];
  onceStore: string;
}

/**
 * The lesson pages (/hello/output, /cart, /inspector) and the Flask peer run once, on the default
 * store's server: what they measure is mostly rendering, the same on every store, and the full run
 * stays about as long as before.
 */
export const DEFAULT_CHOICE: ScenarioChoice = {
  perStore: ["control", "read", "write", "page", "cart"],
  onceOnly: ["cookie-read", "turn", "post", "set-cookie", "login", "output", "cart-page", "inspector", "floor", "flask-output", "next-route", "next-page"],
  onceStore: "cookie",
};

/** A GET of a whole page, as a logged-in learner's browser sends it: the cookie each answer sets is kept (the proxy records the visit). */
const pageVisit = (path: string): Pick<Scenario, "requests" | "followCookies"> => ({ requests: [{ method: "GET", path }], followCookies: true });

/** Servers that run beside the default store's, on the same core, to compare its pages with. */
export interface Peers {
  flask?: FlaskPeer;
  nextAlone?: NextAlone;
}

export async function scenariosFor(server: RunningServer, connections: number, choice: ScenarioChoice = DEFAULT_CHOICE, { flask, nextAlone }: Peers = {}): Promise<Scenario[]> {
  const { baseUrl, store } = server;
  const loggedIn = await sessionsFor(baseUrl, connections);
  const cookieOf = eachConnectionOneOf(loggedIn);
  const base = { store, baseUrl, serverPid: server.pid, expectStatus: 200, followCookies: false };
  // A POST from one of the app's own pages: the proxy refuses any other Origin (CSRF).
  const sameOriginPost = (path: string): Request => ({ method: "POST", path, headers: { origin: baseUrl } });
  const scenarios: Scenario[] = [];
  const kinds = store === choice.onceStore ? [...choice.perStore, ...choice.onceOnly] : choice.perStore;
  for (const kind of kinds) {
    // The control is sent the same session cookie as the read: a browser sends it to every page,
    // read or not, so only the reading differs.
    if (kind === "control") scenarios.push({ ...base, kind, requests: [{ method: "GET", path: "/api/bench/control" }], cookieOf });
    if (kind === "read") scenarios.push({ ...base, kind, requests: [{ method: "GET", path: "/api/bench/session" }], cookieOf });
    if (kind === "cookie-read") scenarios.push({ ...base, kind, requests: [{ method: "GET", path: "/api/bench/cookie-read" }], cookieOf });
    if (kind === "turn") scenarios.push({ ...base, kind, requests: [{ method: "GET", path: "/api/bench/turn" }], cookieOf });
    if (kind === "post") scenarios.push({ ...base, kind, requests: [sameOriginPost("/api/bench/control")], cookieOf });
    if (kind === "set-cookie") {
      const full = await fullHistorySessions(baseUrl, await sessionsFor(baseUrl, connections));
      scenarios.push({ ...base, kind, requests: [sameOriginPost("/api/bench/set-cookie")], cookieOf: eachConnectionOneOf(full) });
    }
    if (kind === "write") scenarios.push({ ...base, kind, requests: [sameOriginPost("/api/bench/session")], cookieOf, followCookies: true });
    if (kind === "page") scenarios.push({ ...base, kind, requests: [{ method: "GET", path: "/hello" }], cookieOf, followCookies: true });
    if (kind === "cart") {
      const { add, remove } = await cartForms(baseUrl);
      scenarios.push({ ...base, kind, requests: [post(add), post(remove)], cookieOf, followCookies: true });
    }
    if (kind === "output") scenarios.push({ ...base, kind, ...pageVisit("/hello/output"), cookieOf: eachConnectionOneOf(await namedSessions(baseUrl, loggedIn)) });
    if (kind === "cart-page") scenarios.push({ ...base, kind, ...pageVisit("/cart"), cookieOf });
    if (kind === "inspector") scenarios.push({ ...base, kind, ...pageVisit("/inspector"), cookieOf });
    if (kind === "floor") scenarios.push({ ...base, kind, ...pageVisit("/bench/floor"), cookieOf });
    // Listed under this server so that it runs in the same rounds, on the same core, as the page it is compared with.
    if (kind === "flask-output" && flask) {
      scenarios.push({ ...base, kind, baseUrl: flask.baseUrl, serverPid: flask.pid, requests: [{ method: "GET", path: "/output" }], cookieOf: () => flask.cookie });
    }
    // Sent the same cookie as the control, which this app never reads: a browser sends it anyway.
    if ((kind === "next-route" || kind === "next-page") && nextAlone) {
      const path = kind === "next-route" ? "/route" : "/";
      scenarios.push({ ...base, kind, baseUrl: nextAlone.baseUrl, serverPid: nextAlone.pid, requests: [{ method: "GET", path }], cookieOf });
    }
    if (kind === "login") {
      scenarios.push({ ...base, kind, expectStatus: 303, requests: [post(await loginPost(baseUrl, alice.username, alice.password))] });
    }
  }
  return scenarios;
}
