// Replays the app's forms over plain HTTP, as a browser without JavaScript posts them: the
// server action's hidden fields read from the page, the visible fields, a multipart body and the
// site's own Origin (the proxy refuses a cross-site POST).
import { hiddenFormFields } from "@/lib/testing/form-fields";

/** A ready-to-send form post: autocannon replays these bytes. */
export interface FormPost {
  path: string;
  headers: Record<string, string>;
  body: string;
}

export function multipart(fields: Record<string, string>): { contentType: string; body: string } {
  const boundary = `----bench${Math.random().toString(16).slice(2)}`;
  const parts = Object.entries(fields).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return { contentType: `multipart/form-data; boundary=${boundary}`, body: `${parts.join("")}--${boundary}--\r\n` };
}

/** The session cookie a response sets, as `name=value` for a Cookie header; undefined when none. */
export function sessionCookieFrom(setCookies: readonly string[], name = "session"): string | undefined {
  const line = setCookies.find((value) => value.startsWith(`${name}=`));
  const pair = line?.split(";")[0];
  // A deletion (empty value) is no cookie to send back.
  return pair && pair.length > name.length + 1 ? pair : undefined;
}

/** Reads `path` (with a cookie) and builds a post of the form that holds `marker`, plus `visible` fields. */
export async function formPost(baseUrl: string, path: string, marker: { name: string; value?: string }, visible: Record<string, string>, cookie?: string): Promise<FormPost> {
  const html = await (await fetch(baseUrl + path, { headers: cookie ? { cookie } : {} })).text();
  const hidden = hiddenFormFields(html, marker.name, marker.value);
  if (!hidden) throw new Error(`No form with a field named ${marker.name} on ${path}.`);
  const { contentType, body } = multipart({ ...hidden, ...visible });
  return { path, body, headers: { "content-type": contentType, origin: baseUrl } };
}

/** Sends a prepared post once; returns the status and the session cookie it sets. */
export async function send(baseUrl: string, post: FormPost, cookie?: string): Promise<{ status: number; cookie: string | undefined }> {
  const response = await fetch(baseUrl + post.path, { method: "POST", body: post.body, headers: { ...post.headers, ...(cookie ? { cookie } : {}) }, redirect: "manual" });
  await response.arrayBuffer();
  return { status: response.status, cookie: sessionCookieFrom(response.headers.getSetCookie()) };
}

/** The login form filled in for a demo user (the right password: failures would lock the account). */
export const loginPost = (baseUrl: string, username: string, password: string) => formPost(baseUrl, "/login", { name: "username" }, { username, password });

/** Logs in and returns the session cookie. */
export async function logIn(baseUrl: string, username: string, password: string): Promise<string> {
  const { status, cookie } = await send(baseUrl, await loginPost(baseUrl, username, password));
  if (status !== 303 || !cookie) throw new Error(`Logging in as ${username} answered ${status}${cookie ? "" : " with no session cookie"}.`);
  return cookie;
}
