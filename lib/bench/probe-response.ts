// The two benchmark probes (app/api/bench/*) answer with this same small dynamic HTML page, so that
// the only difference between them is the session read. They live under /api, which the proxy never
// records as a page visit (lib/history/visit-history.ts): a lesson page is a session write too, and
// the benchmark measures that as a row of its own. Not under the root layout either, which reads
// the session for the language and theme: a page there could not be a control.

/** What the session probe saw: whether a session came with the request and how many keys it holds. */
export interface ProbeView {
  session: "none" | "new" | "returning";
  keys: number;
}

export function probeResponse(view: ProbeView): Response {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>probe</title></head><body><p data-session="${view.session}" data-keys="${view.keys}">${new Date().toISOString()}</p></body></html>`;
  return new Response(body, { headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}
