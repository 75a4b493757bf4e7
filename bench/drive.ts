// Runs one scenario with autocannon for a fixed time at a fixed concurrency.
import type { IncomingHttpHeaders } from "node:http";

import autocannon from "autocannon";

import { cpuMicroseconds } from "./cpu";
import { sessionCookieFrom } from "./forms";
import type { Scenario } from "./scenarios";

export interface Measurement {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  /** The server's CPU time per request answered, in microseconds. */
  cpuMicroseconds: number;
}

export async function drive(scenario: Scenario, seconds: number, connections: number): Promise<Measurement> {
  let nextClient = 0;
  let unexpected = 0;
  const cpuBefore = cpuMicroseconds(scenario.serverPid);
  const result = await autocannon({
    url: scenario.baseUrl,
    connections,
    duration: seconds,
    // Each connection gets its own copy of the requests, around a cookie of its own.
    setupClient: (client) => {
      let cookie = scenario.cookieOf?.(nextClient++);
      client.setRequests(
        scenario.requests.map((request) => ({
          ...request,
          setupRequest: (sent: autocannon.Request) => ({ ...sent, headers: { ...request.headers, ...(cookie ? { cookie } : {}) } }),
          onResponse: (status: number, _body: string, _context: object, headers: IncomingHttpHeaders | undefined) => {
            if (status !== scenario.expectStatus) unexpected++;
            if (!scenario.followCookies) return;
            // autocannon keeps the header's name as the server spelt it.
            const setCookie = headers?.["set-cookie"] ?? (headers as Record<string, string | string[] | undefined> | undefined)?.["Set-Cookie"];
            const sent = sessionCookieFrom(([] as string[]).concat(setCookie ?? []));
            if (sent) cookie = sent;
          },
        })),
      );
    },
  });
  const cpuUsed = cpuMicroseconds(scenario.serverPid) - cpuBefore;
  return {
    rps: result.requests.total / seconds,
    cpuMicroseconds: cpuUsed / result.requests.total,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: unexpected + result.errors + result.timeouts,
  };
}
