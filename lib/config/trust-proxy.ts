import { z } from "zod";

/**
 * TRUST_PROXY: who may tell the app the client's address and scheme (X-Forwarded-For, -Proto,
 * -Host). "off" (the default): nobody, because a client can send those headers itself. A number:
 * that many reverse proxies stand in front, each adding one address to X-Forwarded-For. A list of
 * addresses: the proxies' own addresses (as Express's `trust proxy` takes them).
 */
export type TrustProxy = "off" | number | string[];

const TRUST_PROXY_HELP =
  'TRUST_PROXY must be "off", the number of reverse proxies in front (such as 1), or their addresses separated by commas (such as 10.0.0.2,10.0.0.3).';

/** An IPv4 or IPv6 address, as a socket reports it (IPv4 may come IPv6-mapped: ::ffff:10.0.0.2). */
const IP_ADDRESS = /^(\d{1,3}(\.\d{1,3}){3}|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*)$/;

function parseTrustProxy(value: unknown): unknown {
  if (value === undefined || value === "") return "off";
  if (typeof value !== "string") return value;
  const text = value.trim().toLowerCase();
  if (text === "off" || text === "false" || text === "0") return "off";
  if (/^\d+$/.test(text)) return Number(text);
  return text.split(/[\s,]+/).filter(Boolean);
}

/** TRUST_PROXY, parsed and checked: "off", 1 to 10 proxies, or a list of addresses. */
export const trustProxySetting = z.preprocess(
  parseTrustProxy,
  z.custom<TrustProxy>(
    (value) =>
      value === "off" ||
      (typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 10) ||
      (Array.isArray(value) && value.length > 0 && value.every((address) => IP_ADDRESS.test(String(address)))),
    { error: TRUST_PROXY_HELP },
  ),
);
