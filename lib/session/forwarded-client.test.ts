import { describe, expect, it } from "vitest";

import { parseConfig } from "@/lib/config/schema";

import { forwardedClient, forwardedClientInProxy, HANDED_ON_MARK, RECEIVED_FORWARDED_FOR, socketForwarding } from "./forwarded-client";

const MARK = "process-secret";

/** What the page sees: the headers proxy.ts handed on, after Next.js refilled X-Forwarded-* from the socket. */
function asPageSees(received: Record<string, string>, trust: Parameters<typeof socketForwarding>[1], socket = { ip: "::ffff:198.51.100.7", proto: "http" }) {
  const headers = socketForwarding(new Headers(received), trust, MARK);
  headers.set("x-forwarded-for", socket.ip);
  headers.set("x-forwarded-proto", socket.proto);
  return forwardedClient(headers, trust);
}

describe("the client's address and scheme", () => {
  it("with no proxy trusted, a client's own X-Forwarded-For and -Proto count for nothing", () => {
    expect(asPageSees({ "x-forwarded-for": "203.0.113.9", "x-forwarded-proto": "https" }, "off")).toEqual({ ip: "198.51.100.7", https: false });
  });

  it("with no proxy trusted, X-Forwarded-Host is dropped so Next.js writes the Host again", () => {
    const headers = socketForwarding(new Headers({ host: "app.example", "x-forwarded-host": "evil.example" }), "off", MARK);
    expect(headers.get("x-forwarded-host")).toBeNull();
  });

  it("a client cannot forge the received headers the proxy fills in", () => {
    const headers = socketForwarding(new Headers({ [RECEIVED_FORWARDED_FOR]: "203.0.113.9", [HANDED_ON_MARK]: "guessed" }), 1, MARK);
    expect(headers.get(RECEIVED_FORWARDED_FOR)).toBeNull();
  });

  it("headers the proxy handed on once (a server action's redirect render, fetched by the server itself) stay the client's", () => {
    const once = socketForwarding(new Headers({ "x-forwarded-for": "192.0.2.44", "x-forwarded-proto": "https" }), 1, MARK);
    once.set("x-forwarded-for", "::ffff:127.0.0.1");
    once.set("x-forwarded-proto", "http");
    expect(forwardedClient(socketForwarding(once, 1, MARK), 1)).toEqual({ ip: "192.0.2.44", https: true });
  });

  it("one trusted hop: the last address the proxy appended, whatever the client put before it", () => {
    expect(asPageSees({ "x-forwarded-for": "203.0.113.9, 192.0.2.44", "x-forwarded-proto": "https" }, 1)).toEqual({ ip: "192.0.2.44", https: true });
    expect(asPageSees({ "x-forwarded-for": "203.0.113.9, 192.0.2.44, 10.0.0.2" }, 2)).toMatchObject({ ip: "192.0.2.44" });
  });

  it("a list of proxies: believed only from one of them, and their own addresses skipped", () => {
    const trust = ["10.0.0.2", "10.0.0.3"];
    const viaProxy = { ip: "::ffff:10.0.0.2", proto: "http" };
    expect(asPageSees({ "x-forwarded-for": "203.0.113.9, 192.0.2.44, 10.0.0.3", "x-forwarded-proto": "https" }, trust, viaProxy)).toEqual({ ip: "192.0.2.44", https: true });
    // Straight from the client, not from a proxy on the list: its headers count for nothing.
    expect(asPageSees({ "x-forwarded-for": "192.0.2.44", "x-forwarded-proto": "https" }, trust)).toEqual({ ip: "198.51.100.7", https: false });
  });

  it("in the proxy itself, with no proxy trusted, a claimed https is plain HTTP", () => {
    expect(forwardedClientInProxy(new Headers({ "x-forwarded-for": "::ffff:127.0.0.1", "x-forwarded-proto": "https" }), "off", MARK)).toEqual({ ip: "127.0.0.1", https: false });
  });
});

describe("TRUST_PROXY", () => {
  const SECRET = "a".repeat(32);
  it.each([
    [undefined, "off"],
    ["off", "off"],
    ["1", 1],
    ["10.0.0.2, 10.0.0.3", ["10.0.0.2", "10.0.0.3"]],
    ["::1", ["::1"]],
  ])("reads %j", (value, trust) => {
    expect(parseConfig({ SESSION_SECRET: SECRET, TRUST_PROXY: value })).toMatchObject({ ok: true, config: { trustProxy: trust } });
  });

  it.each(["yes", "11", "proxy.internal"])("refuses %j with a message that says what it takes", (value) => {
    const result = parseConfig({ SESSION_SECRET: SECRET, TRUST_PROXY: value });
    expect(result.ok ? [] : result.problems).toEqual([expect.stringContaining("TRUST_PROXY must be")]);
  });
});
