import { format, type Messages } from "@/lib/i18n";
import type { cookiesOut } from "@/lib/timeline/summary";

type Text = Messages["timeline"];

const Chip = ({ children }: { children: React.ReactNode }) => <li className="rounded border border-slate-200 bg-white px-1.5 py-0.5 font-mono text-[11px] text-slate-700">{children}</li>;

/** The response's Set-Cookie headers for the session, attributes spelled out; or "No Set-Cookie" and why. */
export function CookieOutList({ out, text }: { out: ReturnType<typeof cookiesOut>; text: Text }) {
  if (out.none) {
    return (
      <p className="text-xs text-slate-700" data-testid="timeline-cookie-out" data-none={out.none}>
        <span className="font-semibold">{text.noSetCookie}</span>: {text.whyNone[out.none]}
      </p>
    );
  }
  return (
    <ul className="space-y-2">
      {out.cookies.map(({ deleted, cookie }, index) => (
        <li key={index} className="text-xs" data-testid="timeline-cookie-out" data-deleted={deleted}>
          <p className="font-mono font-semibold break-all text-slate-900">Set-Cookie: {cookie.name}</p>
          <ul className="mt-1 flex flex-wrap gap-1">
            <Chip>{deleted ? text.cookieOut.deleted : cookie.maxAge === undefined ? text.cookieOut.noMaxAge : format(text.cookieOut.maxAge, { seconds: cookie.maxAge })}</Chip>
            {!deleted && <Chip>{format(text.cookieOut.size, { size: cookie.bytes })}</Chip>}
            {cookie.httpOnly && <Chip>HttpOnly</Chip>}
            {cookie.secure && <Chip>Secure</Chip>}
            <Chip>SameSite={cookie.sameSite === "lax" ? "Lax" : cookie.sameSite}</Chip>
            {cookie.name.startsWith("__Host-") && <Chip>{text.cookieOut.hostPrefix}</Chip>}
          </ul>
        </li>
      ))}
    </ul>
  );
}
