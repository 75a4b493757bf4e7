import type { CookieVerdict, SessionInspection } from "@/lib/session/inspect";

const tones = {
  good: "border-emerald-200 bg-emerald-50 text-emerald-900",
  neutral: "border-slate-200 bg-white text-slate-800",
  warning: "border-amber-200 bg-amber-50 text-amber-900",
};

/** Why a cookie is refused, in the words of the store that refused it. */
function refusalReasons(settings: SessionInspection["settings"]) {
  return settings.keepsSessionsOnServer
    ? "it was changed (the id no longer names a row), the session expired, or it was ended on the server (a log-out, an admin)"
    : "it was changed (one wrong character breaks the seal), the session expired, or it was sealed with another SESSION_SECRET";
}

/** The first thing to read: what the server made of the cookie, in one sentence or two. */
export function Verdict({ verdict, settings }: { verdict: CookieVerdict; settings: SessionInspection["settings"] }) {
  const content: Record<CookieVerdict, { tone: keyof typeof tones; title: string; body: string }> = {
    valid: {
      tone: "good",
      title: "Your browser sent a valid session cookie.",
      body: `The ${settings.store} store accepted it, and the server decoded the session shown below.`,
    },
    absent: {
      tone: "neutral",
      title: "Your browser sent no session cookie.",
      body: "So there is no session: the server treats this request as a new visitor's. The first write to the session (a visit the proxy records, or a form) creates one.",
    },
    refused: {
      tone: "warning",
      title: "The session cookie your browser sent is not valid.",
      body: `The server ignores it and treats this request as a new visitor's: ${refusalReasons(settings)}. No error, no data from it: a refused cookie is simply no session.`,
    },
    replaced: {
      tone: "warning",
      title: "The session cookie your browser sent was not valid, so a new session was started.",
      body: `The server could not accept it: ${refusalReasons(settings)}. To record this visit the proxy started a new session instead; what you see below is that new session, and your browser now holds its cookie. Nothing from the old one was kept.`,
    },
  };
  const { tone, title, body } = content[verdict];
  return (
    <section role="status" aria-label="Cookie verdict" data-testid="cookie-verdict" data-verdict={verdict} className={`rounded-xl border px-5 py-4 ${tones[tone]}`}>
      <p className="font-semibold">{title}</p>
      <p className="mt-1 text-sm">{body}</p>
    </section>
  );
}
