import { formatDateTime } from "@/lib/i18n/intl";
import type { Language } from "@/lib/preferences/schema";

/**
 * A moment as the server knows it, in UTC so every visitor reads the same text. Raw by default
 * ("2026-11-23 14:15:07 UTC", what the inspector shows); given a language, written the reader's
 * way ("23 nov. 2026, 14:15:07 UTC"). The exact instant stays in the dateTime attribute.
 */
export function Timestamp({ date, language, testId }: { date: Date; language?: Language; testId?: string }) {
  return (
    <time dateTime={date.toISOString()} data-testid={testId} className="tabular-nums">
      {language ? formatDateTime(date, language, { seconds: true }) : `${date.toISOString().replace("T", " ").slice(0, 19)} UTC`}
    </time>
  );
}
