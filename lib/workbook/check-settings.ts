// What the check task (lib/tasks/workbook-check.ts) and the self-test hand the Playwright run of
// workbook/checks/ through the environment, and the fixed settings both sides must agree on. Pure,
// so the tasks need nothing from workbook/, and the checks read it from here.
export const CHECK_ENV = {
  /** The port of the app the checks of exercises 1-4 run against; exercise 5's server gets the next one. */
  port: "WORKBOOK_PORT",
  /** "1" when an exercise that runs inside the app is checked, so the app must be started. */
  needsApp: "WORKBOOK_NEEDS_APP",
  /** Where the requirements reporter writes its results. */
  reportFile: "WORKBOOK_REPORT_FILE",
  /** How long a check waits for something to appear; the self-test sets its own. */
  expectTimeout: "WORKBOOK_EXPECT_TIMEOUT",
  /**
   * "production" to check against `next start` of a build the caller made in .next-workbook/ (the
   * self-test); otherwise `next dev`, as a learner's check always is.
   */
  server: "WORKBOOK_SERVER",
  /** How many browsers try requirements at once; the self-test sets its own. */
  workers: "WORKBOOK_WORKERS",
} as const;

export type CheckServer = "development" | "production";
export const checkServer = (): CheckServer => (process.env[CHECK_ENV.server] === "production" ? "production" : "development");

export const checkPort = () => Number(process.env[CHECK_ENV.port] || 3110);

/** The app's session cookie: the check's server pins SESSION_COOKIE_NAME to it. */
export const SESSION_COOKIE = "session";

/** Chromium's flags here: without them it keeps trying to reach Google's hosts, which this machine cannot. */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
