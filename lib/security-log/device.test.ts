import { describe, expect, it } from "vitest";

import { describeDevice, deviceLine } from "./device";

describe("a device in words, from the User-Agent", () => {
  it("names the browser and the system", () => {
    const chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
    expect(deviceLine(describeDevice(chrome))).toBe("Chrome on Linux");
    const iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
    expect(describeDevice(iphone)).toEqual({ browser: "Safari", os: "iOS" });
    const firefox = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";
    expect(deviceLine(describeDevice(firefox))).toBe("Firefox on Windows");
  });

  it("says it does not know rather than echo an empty or strange header", () => {
    expect(describeDevice("")).toEqual({ browser: "?", os: "?" });
    const odd = describeDevice("x".repeat(10_000));
    expect(odd.browser.length).toBeLessThanOrEqual(40);
    expect(odd.os.length).toBeLessThanOrEqual(40);
  });
});
