import { connection } from "next/server";

// What the app's control route answers (lib/bench/probe-response.ts): a small HTML page made on
// every request, with no session.
export async function GET() {
  await connection();
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>probe</title></head><body><p data-session="none" data-keys="0">${new Date().toISOString()}</p></body></html>`;
  return new Response(body, { headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}
