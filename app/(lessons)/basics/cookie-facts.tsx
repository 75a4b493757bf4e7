import { COOKIE_SIZE_LIMIT, type SessionCookieView } from "@/lib/session";

function Flag({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div className="flex items-baseline justify-between gap-3 py-1.5">
      <dt className="text-slate-500">{label}</dt>
      <dd className="text-right font-mono text-slate-900" data-testid={`cookie-${label.toLowerCase()}`}>
        {value}
      </dd>
    </div>
  );
}

/** The session cookie's attributes as the server set them, which is what the browser stores. */
export function CookieFacts({ cookie }: { cookie: SessionCookieView }) {
  const percent = Math.min(100, Math.round((cookie.sizeBytes / COOKIE_SIZE_LIMIT) * 100));
  return (
    <div className="text-sm">
      <dl className="divide-y divide-slate-100">
        <Flag label="Name" value={cookie.name} />
        <Flag label="HttpOnly" value={String(cookie.httpOnly)} />
        <Flag label="Secure" value={String(cookie.secure)} />
        <Flag label="SameSite" value={cookie.sameSite.replace(/^./, (first) => first.toUpperCase())} />
        <Flag label="Path" value={cookie.path} />
        <Flag label="Size" value={cookie.present ? `${cookie.sizeBytes} of ${COOKIE_SIZE_LIMIT} bytes` : "no cookie yet"} />
        <Flag
          label="Expires"
          value={
            !cookie.present
              ? "no cookie yet"
              : cookie.expiresAt
                ? `${cookie.expiresAt.toISOString().replace("T", " ").slice(0, 16)} UTC (Max-Age ${cookie.maxAgeSeconds} s)`
                : "when the browser closes"
          }
        />
      </dl>
      {cookie.present && (
        <div className="mt-3 h-2 overflow-hidden rounded-full bg-slate-100" role="meter" aria-label="Cookie size" aria-valuemin={0} aria-valuemax={COOKIE_SIZE_LIMIT} aria-valuenow={cookie.sizeBytes}>
          <div className={`h-full rounded-full ${percent > 80 ? "bg-amber-500" : "bg-indigo-500"}`} style={{ width: `${Math.max(percent, 2)}%` }} />
        </div>
      )}
    </div>
  );
}
