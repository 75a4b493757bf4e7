import { FormMessage } from "@/app/ui/form-message";
import { reauthMinutesRemaining } from "@/lib/account/reauth";
import { REAUTH_WINDOW_MS } from "@/lib/account/reauth-window";
import { format, getMessages } from "@/lib/i18n";

import { ReauthForm } from "./reauth-form";

/** The password re-check: the form while the window is closed, how long it stays open otherwise. Used by /account and /admin/users. */
export async function ReauthPanel() {
  const [minutesLeft, { account: text, login }] = await Promise.all([reauthMinutesRemaining(), getMessages()]);
  if (minutesLeft > 0) return <FormMessage tone="success" message={format(text.reauthOpen, { minutes: minutesLeft })} />;
  return <ReauthForm text={{ title: text.reauthTitle, intro: format(text.reauthIntro, { minutes: REAUTH_WINDOW_MS / 60_000 }), password: login.password, submit: text.reauthSubmit }} />;
}
