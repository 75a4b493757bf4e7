// Exercise 5's server: a tiny visit counter kept in an iron-session cookie, started by the
// learner's workbook/exercises/5-secret-key/start.ts. A plain Node server rather than the app, so
// the learner can break its start-up without breaking the app or its .env.local. No "server-only":
// it runs under tsx, outside Next.js.
import { createServer, type ServerResponse } from "node:http";

import { getIronSession } from "iron-session";

export const SECRET_VARIABLE = "WB5_SESSION_SECRET";
/** iron-session's own minimum: a shorter password is refused on the first request. */
export const MIN_SECRET_LENGTH = 32;
export const COUNTER_COOKIE = "wb5_session";

/** Stops the start with Flask's wording, as `app.secret_key` not set would, and no stack trace. */
function refuse(problem: string): never {
  console.error(`The exercise 5 server cannot start:\n  ${problem}\n  Create a secret with: openssl rand -base64 32`);
  process.exit(1);
}

function page(res: ServerResponse, visits: number) {
  res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
  res.end(
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>Exercise 5</title>` +
      `<h1>The server started</h1><p data-testid="visits">Visits in this session: ${visits}</p></html>`,
  );
}

/**
 * Checks the secret before listening, as a server should: a missing or short secret is a start-up
 * error, not a surprise on the first visitor's request.
 */
export function startVisitCounter({ secret, port }: { secret: string | undefined; port: number }) {
  if (!secret) {
    refuse(`RuntimeError: The session is unavailable because no secret key was set. (${SECRET_VARIABLE} is not set when the server reads it.)`);
  }
  if (secret.length < MIN_SECRET_LENGTH) {
    refuse(`The secret key is too short: ${SECRET_VARIABLE} has ${secret.length} characters, and sessions need at least ${MIN_SECRET_LENGTH}.`);
  }

  const server = createServer(async (req, res) => {
    // Only the page is a visit: a browser also asks for /favicon.ico, which must not count.
    if (req.url !== "/") {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found\n");
      return;
    }
    try {
      const session = await getIronSession<{ visits?: number }>(req, res, {
        password: secret,
        cookieName: COUNTER_COOKIE,
        // Plain http on localhost: a Secure cookie would never come back.
        cookieOptions: { httpOnly: true, sameSite: "lax", secure: false, path: "/" },
      });
      session.visits = (session.visits ?? 0) + 1;
      await session.save();
      page(res, session.visits);
    } catch (error) {
      console.error("Request failed:", error instanceof Error ? error.message : error);
      res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" }).end("The session could not be read.\n");
    }
  });
  server.listen(port, "127.0.0.1", () => console.log(`The exercise 5 server is listening on http://localhost:${port}`));
}
