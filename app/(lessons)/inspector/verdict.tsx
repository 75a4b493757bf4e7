import { format, type Messages } from "@/lib/i18n";
import type { CookieVerdict, SessionInspection } from "@/lib/inspector/inspect";

const tones = {
  good: "border-emerald-200 bg-emerald-50 text-emerald-900",
  neutral: "border-slate-200 bg-white text-slate-800",
  warning: "border-amber-200 bg-amber-50 text-amber-900",
};

type VerdictText = Messages["inspector"]["verdict"];

/** Why a cookie is refused, in the words of the store that refused it. */
function refusalReasons(settings: SessionInspection["settings"], text: VerdictText) {
  return settings.keepsSessionsOnServer ? text.reasonsServer : text.reasonsCookie;
}

/** The first thing to read: what the server made of the cookie, in one sentence or two. */
export function Verdict({ verdict, settings, text, label }: { verdict: CookieVerdict; settings: SessionInspection["settings"]; text: VerdictText; label: string }) {
  const reasons = refusalReasons(settings, text);
  const content: Record<CookieVerdict, { tone: keyof typeof tones; title: string; body: string }> = {
    valid: { tone: "good", title: text.validTitle, body: format(text.validBody, { store: settings.store }) },
    absent: { tone: "neutral", title: text.absentTitle, body: text.absentBody },
    refused: { tone: "warning", title: text.refusedTitle, body: format(text.refusedBody, { reasons }) },
    deleted: { tone: "warning", title: text.deletedTitle, body: format(text.deletedBody, { reasons }) },
  };
  const { tone, title, body } = content[verdict];
  return (
    <section role="status" aria-label={label} data-testid="cookie-verdict" data-verdict={verdict} className={`rounded-xl border px-5 py-4 ${tones[tone]}`}>
      <p className="font-semibold">{title}</p>
      <p className="mt-1 text-sm">{body}</p>
    </section>
  );
}
