// Reads a server action's hidden fields out of a page's HTML, as a browser without JavaScript
// would post them. Shared by the e2e fixture (e2e/fixtures/form-post.ts) and the benchmark
// (bench/forms.ts), which both replay forms without a browser.

const HIDDEN_INPUT = /<input type="hidden" name="([^"]*)"(?: value="([^"]*)")?\/?>/g;

const unescapeHtml = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/**
 * The hidden fields of the first form in `html` that contains a field named `marker` (and, when
 * given, the hidden value `markerValue`); undefined when no form matches.
 */
export function hiddenFormFields(html: string, marker: string, markerValue?: string): Record<string, string> | undefined {
  const forms = html.split("<form").slice(1).map((form) => form.slice(0, form.indexOf("</form>")));
  const form = forms.find((candidate) => candidate.includes(`name="${marker}"`) && (markerValue === undefined || candidate.includes(`name="${marker}" value="${markerValue}"`)));
  if (form === undefined) return undefined;
  const fields: Record<string, string> = {};
  for (const [, name = "", value = ""] of form.matchAll(HIDDEN_INPUT)) fields[unescapeHtml(name)] = unescapeHtml(value);
  return fields;
}
