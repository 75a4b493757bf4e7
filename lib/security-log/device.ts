import Bowser from "bowser";

/** A browser and a system in words ("Chrome", "Linux"), from the User-Agent; never the header itself. */
export interface Device {
  browser: string;
  os: string;
}

const UNKNOWN = "?";

/**
 * What a person recognises their sessions by. The User-Agent is the client's claim and can say
 * anything, so this is a label to help, never a check; it is cut short so a crafted header
 * cannot fill a page or the log.
 */
export function describeDevice(userAgent: string): Device {
  if (!userAgent.trim()) return { browser: UNKNOWN, os: UNKNOWN };
  const parsed = Bowser.parse(userAgent.slice(0, 512));
  const browser = parsed.browser.name?.trim() || UNKNOWN;
  const os = parsed.os.name?.trim() || UNKNOWN;
  return { browser: browser.slice(0, 40), os: os.slice(0, 40) };
}

/** The device as the security log stores it: one short line, the same in every language. */
export const deviceLine = ({ browser, os }: Device) => `${browser} on ${os}`;
