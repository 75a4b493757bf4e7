import { Card } from "@/app/ui/card";
import { plural, type Messages } from "@/lib/i18n";
import { INTL_LOCALES } from "@/lib/i18n/intl";
import type { Language } from "@/lib/preferences/schema";
import type { SessionInspection } from "@/lib/inspector/inspect";

import { Fact } from "./fact";

type Text = Messages["inspector"];

/** The active store and the settings that decide the cookie and the timeouts; never the secret itself. */
export function SettingsCard({ settings, text, language }: { settings: SessionInspection["settings"]; text: Text; language: Language }) {
  const days = Math.round((settings.ttlSeconds / 86400) * 10) / 10;
  const shownDays = new Intl.NumberFormat(INTL_LOCALES[language], { maximumFractionDigits: 1 }).format(days);
  const minutes = Math.round(settings.idleSeconds / 60);
  return (
    <Card title={text.settingsTitle}>
      <dl className="divide-y divide-slate-100 text-sm">
        <Fact label="SESSION_STORE" testId="setting-store">
          {settings.store}
        </Fact>
        <Fact label="SESSION_COOKIE_NAME" testId="setting-cookie-name">
          {settings.cookieName}
        </Fact>
        <Fact label="SESSION_IDLE_SECONDS" testId="setting-idle">
          {plural(language, minutes, text.idleValue, { seconds: settings.idleSeconds, count: minutes })}
        </Fact>
        <Fact label="SESSION_TTL_SECONDS" testId="setting-ttl">
          {plural(language, days, text.ttlValue, { seconds: settings.ttlSeconds, count: shownDays })}
          <span className="block text-xs text-slate-500">{text.absoluteNote}</span>
        </Fact>
        <Fact label="SESSION_BIND" testId="setting-bind">
          {text.bindValue[settings.bind]}
        </Fact>
        <Fact label="Secure" testId="setting-secure">
          {String(settings.secure)}
        </Fact>
        <Fact label="HttpOnly" testId="setting-httponly">
          {String(settings.httpOnly)}
        </Fact>
        <Fact label="SameSite" testId="setting-samesite">
          {settings.sameSite.replace(/^./, (first) => first.toUpperCase())}
        </Fact>
        <Fact label="Path" testId="setting-path">
          {settings.path}
        </Fact>
        <Fact label="SESSION_SECRET" testId="setting-secret">
          {plural(language, settings.secretCount, text.secretValue, { count: settings.secretCount, length: settings.secretLength })}
        </Fact>
      </dl>
      <p className="mt-2 text-xs text-slate-500">{text.secretNote}</p>
    </Card>
  );
}
