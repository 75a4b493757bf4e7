import { describe, expect, it } from "vitest";

import { hiddenFormFields } from "@/lib/testing/form-fields";

import { multipart, sessionCookieFrom } from "./forms";

describe("replaying forms without a browser", () => {
  it("reads the hidden fields of the form that holds the marker", () => {
    const html = `<form><input type="hidden" name="productId" value="1"/></form><form><input type="hidden" name="$ACTION_ID_abc"/><input type="hidden" name="productId" value="2"/><input type="hidden" name="note" value="a &amp; b"/></form>`;
    expect(hiddenFormFields(html, "productId", "2")).toEqual({ $ACTION_ID_abc: "", productId: "2", note: "a & b" });
    expect(hiddenFormFields(html, "missing")).toBeUndefined();
  });

  it("encodes fields as multipart/form-data", () => {
    const { contentType, body } = multipart({ username: "alice" });
    const boundary = contentType.split("boundary=")[1];
    expect(body).toBe(`--${boundary}\r\nContent-Disposition: form-data; name="username"\r\n\r\nalice\r\n--${boundary}--\r\n`);
  });

  it("keeps the session cookie a response sets, but not its deletion", () => {
    expect(sessionCookieFrom(["theme=dark; Path=/", "session=abc~2; Path=/; HttpOnly"])).toBe("session=abc~2");
    expect(sessionCookieFrom(["session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT"])).toBeUndefined();
  });
});
