import { describe, expect, it } from "vitest";

import { isReservedSessionKey } from "./reserved-keys";

describe("reserved session keys", () => {
  it("refuses the lessons' keys, private keys and the workbook's wbN_ keys", () => {
    for (const key of ["user", "cart", "_csrf", "wb1_name", "wb2_user", "wb12_anything"]) expect(isReservedSessionKey(key), key).toBe(true);
  });

  it("leaves other keys free for the basics lesson", () => {
    for (const key of ["name", "colour", "wb", "wbx_user", "my_wb1_note"]) expect(isReservedSessionKey(key), key).toBe(false);
  });
});
