import { format, type Messages } from "@/lib/i18n";
import { COOKIE_SIZE_LIMIT, type SessionCookieView } from "@/lib/session";

function Flag({ id, label, value }: { id: string; label: string; value: React.ReactNode }) {
  return (
    <div className="flex items-baseline justify-between gap-3 py-1.5">
      <dt className="text-slate-500">{label}</dt>
      <dd className="text-right font-mono text-slate-900" data-testid={`cookie-${id}`}>
        {value}
      </dd>
    </div>
  );
}

/** The session cookie's attributes as the server set them, which is what the browser stores. */
export function CookieFacts({ cookie, text }: { cookie: SessionCookieView; text: Messages["basics"] }) {
  const percent = Math.min(100, Math.round((cookie.sizeBytes / COOKIE_SIZE_LIMIT) * 100));
  const expires = !cookie.present
    ? text.noCookie
    : cookie.expiresAt
      ? format(text.expiresAt, { date: cookie.expiresAt.toISOString().replace("T", " ").slice(0, 16), seconds: cookie.maxAgeSeconds ?? 0 })
      : text.whenBrowserCloses;
  return (
    <div className="text-sm">
      <dl className="divide-y divide-slate-100">
        <Flag id="name" label={text.cookieName} value={cookie.name} />
        <Flag id="httponly" label="HttpOnly" value={String(cookie.httpOnly)} />
        <Flag id="secure" label="Secure" value={String(cookie.secure)} />
        <Flag id="samesite" label="SameSite" value={cookie.sameSite.replace(/^./, (first) => first.toUpperCase())} />
        <Flag id="path" label="Path" value={cookie.path} />
        <Flag id="size" label={text.cookieSize} value={cookie.present ? format(text.sizeValue, { size: cookie.sizeBytes, limit: COOKIE_SIZE_LIMIT }) : text.noCookie} />
        <Flag id="expires" label={text.cookieExpires} value={expires} />
      </dl>
      {cookie.present && (
        <div className="mt-3 h-2 overflow-hidden rounded-full bg-slate-100" role="meter" aria-label={text.cookieSizeMeter} aria-valuemin={0} aria-valuemax={COOKIE_SIZE_LIMIT} aria-valuenow={cookie.sizeBytes}>
          <div className={`h-full rounded-full ${percent > 80 ? "bg-amber-500" : "bg-indigo-500"}`} style={{ width: `${Math.max(percent, 2)}%` }} />
        </div>
      )}
    </div>
  );
}
