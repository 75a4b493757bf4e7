// Who sent a request, and over which scheme, when a client can write the headers that say so.
// Pure on purpose: proxy.ts, the session layer and their unit tests share it.
//
// Next.js 16 gives a route handler or the proxy no socket: it writes the socket's address and
// scheme into X-Forwarded-For and X-Forwarded-Proto, but only when the request has none (`??=` in
// next/dist/server/base-server.js), so a client that sends its own is believed. What it does give
// the proxy: a header the proxy removes is filled in again from the socket before the page runs.
// So proxy.ts moves the received headers aside (RECEIVED_*) and lets Next.js refill the standard
// ones; after that, X-Forwarded-For and -Proto are the socket's, and TRUST_PROXY decides whether
// the received ones count.
import type { TrustProxy } from "@/lib/config/trust-proxy";

/** What the proxy moves the received X-Forwarded-For and -Proto into; a client's own copies are dropped. */
export const RECEIVED_FORWARDED_FOR = "x-received-forwarded-for";
export const RECEIVED_FORWARDED_PROTO = "x-received-forwarded-proto";
/**
 * The proxy's mark on headers it has handed on, with a secret of the process: Next.js renders the
 * page a server action redirects to by fetching it from itself with the action's request headers,
 * and that fetch must keep the client's, not become a request from the server itself.
 */
export const HANDED_ON_MARK = "x-forwarding-handed-on";

const listOf = (value: string | null) => (value ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);

/** An IPv4 address as a dual-stack socket reports it (::ffff:10.0.0.2) reads as 10.0.0.2. */
const plainAddress = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");

/**
 * The headers proxy.ts hands on to the page: the received X-Forwarded-For and -Proto moved into
 * RECEIVED_*, and X-Forwarded-Host dropped unless a proxy is trusted, so that Next.js writes all
 * three again from the socket and the Host header.
 */
export function socketForwarding(received: Headers, trust: TrustProxy, mark: string): Headers {
  if (received.get(HANDED_ON_MARK) === mark) return new Headers(received);
  const headers = new Headers(received);
  headers.set(HANDED_ON_MARK, mark);
  headers.delete(RECEIVED_FORWARDED_FOR);
  headers.delete(RECEIVED_FORWARDED_PROTO);
  const forwardedFor = received.get("x-forwarded-for");
  const forwardedProto = received.get("x-forwarded-proto");
  if (forwardedFor !== null) headers.set(RECEIVED_FORWARDED_FOR, forwardedFor);
  if (forwardedProto !== null) headers.set(RECEIVED_FORWARDED_PROTO, forwardedProto);
  headers.delete("x-forwarded-for");
  headers.delete("x-forwarded-proto");
  if (trust === "off") headers.delete("x-forwarded-host");
  return headers;
}

/** The client's address and whether it used HTTPS, by TRUST_PROXY, from headers proxy.ts handed on. */
export function forwardedClient(headers: Headers, trust: TrustProxy): { ip: string; https: boolean } {
  const socket = { ip: plainAddress(listOf(headers.get("x-forwarded-for")).at(-1) ?? "unknown"), https: headers.get("x-forwarded-proto") === "https" };
  if (trust === "off" || !headers.has(RECEIVED_FORWARDED_FOR)) return socket;
  const trusted = (address: string) => (typeof trust === "number" ? false : trust.includes(plainAddress(address)));
  // A list names the proxies: a request from any other address came straight from the client.
  if (typeof trust !== "number" && !trusted(socket.ip)) return socket;
  const chain = listOf(headers.get(RECEIVED_FORWARDED_FOR)).map(plainAddress);
  // Each proxy appends the address it was reached from, so the client is the last entry that no
  // trusted proxy wrote; whatever stands left of it the client may have sent itself.
  const ip = typeof trust === "number" ? chain[Math.max(0, chain.length - trust)] : [...chain].reverse().find((address) => !trusted(address)) ?? chain[0];
  const https = listOf(headers.get(RECEIVED_FORWARDED_PROTO))[0] === "https";
  return { ip: ip ?? socket.ip, https: headers.has(RECEIVED_FORWARDED_PROTO) ? https : socket.https };
}

/**
 * The same for proxy.ts's own session write, which runs before Next.js refills the headers, so
 * the socket is out of its sight: with no proxy trusted, plain HTTP stands in for its scheme (the
 * only one `next start` speaks) and the received X-Forwarded-For for its address, which may be a
 * client's claim. So the proxy does not judge SESSION_BIND=ua+ip then (proxy-session.ts).
 */
export function forwardedClientInProxy(received: Headers, trust: TrustProxy, mark: string): { ip: string; https: boolean } {
  if (received.get(HANDED_ON_MARK) === mark) return forwardedClient(received, trust);
  const view = socketForwarding(received, trust, mark);
  view.set("x-forwarded-for", received.get("x-forwarded-for") ?? "unknown");
  view.set("x-forwarded-proto", trust === "off" ? "http" : (listOf(received.get("x-forwarded-proto"))[0] ?? "http"));
  return forwardedClient(view, trust);
}
