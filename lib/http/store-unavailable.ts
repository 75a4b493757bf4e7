import "server-only";

import { CATALOGUES } from "@/lib/i18n/catalogues";
import { format } from "@/lib/i18n/format";
import { languageFromAcceptLanguage } from "@/lib/preferences/negotiate";

import { SessionStoreUnavailableError, storeServerName } from "@/lib/session/errors";

// What a request gets while the session store's server is down: 503 Service Unavailable (the
// server is fine, the store will be back; Retry-After says when to try), never a 500 or a hang.

const RETRY_AFTER_SECONDS = "5";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The 503 answer, in the language the browser asks for (the session, which holds the chosen
 * language, is what cannot be read). A server action's fetch gets plain text: Next.js shows the
 * body of a text/plain error as the action's error message.
 */
export function storeUnavailableResponse(request: Request, error: SessionStoreUnavailableError): Response {
  const language = languageFromAcceptLanguage(request.headers.get("accept-language"));
  const { errors } = CATALOGUES[language];
  const text = format(errors.unavailableText, { store: storeServerName(error.storeKind) });
  const headers = { "Cache-Control": "no-store", "Retry-After": RETRY_AFTER_SECONDS };
  console.error(`503 for ${request.method} ${new URL(request.url).pathname}: ${error.message}`);

  if (request.headers.has("next-action")) {
    // Exactly "text/plain", no charset: that is what Next.js's action client checks for.
    return new Response(`${errors.unavailableTitle}. ${text}`, { status: 503, headers: { ...headers, "Content-Type": "text/plain" } });
  }
  const { pathname, search } = new URL(request.url);
  const html = `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(errors.unavailableTitle)}</title>
<style>
  body { margin: 0; font-family: system-ui, sans-serif; color: #0f172a; background: #f8fafc; }
  main { max-width: 36rem; margin: 0 auto; padding: 4rem 1.25rem; text-align: center; }
  .eyebrow { color: #be123c; font-size: .875rem; font-weight: 500; margin: 0; }
  h1 { font-size: 1.75rem; line-height: 1.25; margin: .5rem 0 0; }
  p.text { color: #475569; line-height: 1.6; margin: .75rem 0 0; }
  a { display: inline-block; margin-top: 1.5rem; padding: .5rem 1rem; border-radius: .5rem; background: #4f46e5; color: #fff; text-decoration: none; font-size: .875rem; font-weight: 500; }
  a:focus-visible { outline: 2px solid #4f46e5; outline-offset: 2px; }
</style>
</head>
<body>
<main role="alert">
<p class="eyebrow">${escapeHtml(errors.unavailableEyebrow)}</p>
<h1>${escapeHtml(errors.unavailableTitle)}</h1>
<p class="text">${escapeHtml(text)}</p>
<a href="${escapeHtml(pathname + search)}">${escapeHtml(errors.tryAgain)}</a>
</main>
</body>
</html>
`;
  return new Response(html, { status: 503, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}

/** Wraps a route handler: a store that is down gives the 503 answer instead of a 500. */
export function answeringUnavailable<Rest extends unknown[]>(handler: (request: Request, ...rest: Rest) => Promise<Response>) {
  return async (request: Request, ...rest: Rest): Promise<Response> => {
    try {
      return await handler(request, ...rest);
    } catch (error) {
      if (error instanceof SessionStoreUnavailableError) return storeUnavailableResponse(request, error);
      throw error;
    }
  };
}
