import "server-only";

import { format } from "@/lib/i18n/format";
import { CATALOGUES } from "@/lib/i18n/catalogues";
import { languageFromAcceptLanguage } from "@/lib/preferences/negotiate";

/**
 * The answer to a state-changing request from another site: a plain 403 that says why, before
 * any server action or route handler runs. Next.js would refuse a cross-site server action too,
 * but with a bare 500; this keeps the refusal a clear 4xx. The language comes from
 * Accept-Language: the refused request's session is not worth opening.
 */
export function crossSiteRefusal(headers: Headers): Response {
  const { errors } = CATALOGUES[languageFromAcceptLanguage(headers.get("accept-language"))];
  const origin = headers.get("origin") ?? "none";
  return new Response(`${format(errors.crossSitePost, { origin })}\n`, {
    status: 403,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
