// The benchmark's probe routes are a tool beside the product: a production build must not answer them.
import { expect, test } from "@playwright/test";

test.skip(process.env.BENCH_BUILD === "1", "This run uses the bench's build, which has the probes on purpose.");

const PROBES = ["control", "session", "cookie-read", "turn", "set-cookie", "gc"];

test("a production build answers 404 on every benchmark probe", async ({ request, baseURL }) => {
  for (const probe of PROBES) {
    const read = await request.get(`/api/bench/${probe}`);
    expect(read.status(), `GET /api/bench/${probe}`).toBe(404);
    const write = await request.post(`/api/bench/${probe}`, { headers: { origin: new URL(baseURL!).origin } });
    expect(write.status(), `POST /api/bench/${probe}`).toBe(404);
  }
  expect((await request.get("/bench/floor")).status(), "GET /bench/floor").toBe(404);
});
