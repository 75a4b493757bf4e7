// The origin check stands before every state-changing request, whatever its path: a path with a
// dot (`/orders/1.0`, `/workbook/1.x`) once slipped past the proxy, and a server action posted
// there from another site, or from no site, ran.
import { expect, test } from "@playwright/test";

import { actionFields, postForm } from "../fixtures/form-post";

const EVIL = "http://evil.test";

for (const path of ["/orders/1.0", "/workbook/1.x", "/favicon.ico"]) {
  for (const origin of [EVIL, null]) {
    test(`a server action posted to ${path} ${origin ? "from another site" : "with no Origin"} gets 403 and changes nothing`, async ({ page, context }) => {
      await page.goto("/shop");
      const fields = await actionFields(context.request, "/shop", "productId", "1");
      // The action's id, as Next.js's router sends it in the Next-Action header.
      // A plain form names it in a field's name; a form with useActionState inside a field's JSON.
      const actionId =
        Object.keys(fields).find((name) => name.startsWith("$ACTION_ID_"))?.slice("$ACTION_ID_".length) ??
        Object.values(fields).map((value) => /"id":"([0-9a-f]{20,})"/.exec(value)?.[1]).find(Boolean);
      expect(actionId, "the shop's form carries a server action id").toBeTruthy();
      const headers: Record<string, string> = { "next-action": actionId! };
      const response = origin
        ? await postForm(context.request, path, { ...fields, quantity: "3" }, { origin, headers })
        : await context.request.post(path, { multipart: { ...fields, quantity: "3" }, headers, maxRedirects: 0, failOnStatusCode: false });
      expect(response.status()).toBe(403);

      await page.goto("/cart");
      await expect(page.getByText("Your cart is empty")).toBeVisible();
    });
  }
}
