"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";

import { startUserSession } from "@/lib/auth/login";
import { attemptLogin } from "@/lib/auth/login-attempt";
import { safeNextPath } from "@/lib/auth/next-path";
import { fieldText, type FormState } from "@/lib/forms/form-state";
import { format, getMessages, type Messages } from "@/lib/i18n";
import { recordSecurityEvent } from "@/lib/security-log/record";
import { clientOf, currentSessionToken, getSession, SessionTooLargeError } from "@/lib/session";
import { registryIdOf } from "@/lib/session/user-sessions";

type Text = Messages["login"];

const credentialsSchema = (text: Text) =>
  z.object({
    username: z.string().trim().min(1, { error: text.errorUsernameEmpty }).max(64, { error: text.invalidCredentials }),
    password: z.string().min(1, { error: text.errorPasswordEmpty }).max(256, { error: text.invalidCredentials }),
  });

// #region log-in
/**
 * Flask: user = User.query.filter_by(username=...).first(); check_password; login_user(user);
 * return redirect(next or url_for("profile")). A failure changes nothing in the session.
 */
export async function logIn(_previous: FormState, formData: FormData): Promise<FormState> {
  const { login: text } = await getMessages();
  const username = fieldText(formData, "username");
  // The password is never sent back to the form, even when refused.
  const refill = { username };
  const credentials = credentialsSchema(text).safeParse({ username, password: fieldText(formData, "password") });
  if (!credentials.success) {
    const errors = z.flattenError(credentials.error).fieldErrors;
    // Too long is not worth its own message: say what a wrong password would say.
    const generic = [errors.username?.[0], errors.password?.[0]].includes(text.invalidCredentials);
    if (generic) return { message: text.invalidCredentials, values: refill };
    return { errors: { username: errors.username?.[0], password: errors.password?.[0] }, values: refill };
  }

  const client = clientOf(await headers());
  const attempt = await attemptLogin(credentials.data.username, credentials.data.password, client.ip);
  if (!attempt.ok) {
    await recordSecurityEvent({ kind: "sign-in-failed", user: { username: credentials.data.username.toLowerCase() }, client, detail: attempt.reason });
    if (attempt.reason === "throttled") return { message: format(text.throttled, { seconds: attempt.retryAfterSeconds }), values: refill };
    return { message: text.invalidCredentials, values: refill };
  }
  const { user } = attempt;

  try {
    await startUserSession(await getSession(), user, client);
  } catch (error) {
    if (error instanceof SessionTooLargeError) return { message: text.sessionTooFull, values: refill };
    throw error;
  }
  const token = await currentSessionToken();
  await recordSecurityEvent({ kind: "sign-in", user, client, sessionId: token && registryIdOf(token) });
  // Only a path on this site: ?next=https://evil.example would make the login an open redirect.
  redirect(safeNextPath(fieldText(formData, "next")));
}
// #endregion log-in
