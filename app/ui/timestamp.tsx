/** A moment as the server knows it, in UTC so every visitor reads the same text. */
export function Timestamp({ date, testId }: { date: Date; testId?: string }) {
  return (
    <time dateTime={date.toISOString()} data-testid={testId} className="tabular-nums">
      {date.toISOString().replace("T", " ").slice(0, 19)} UTC
    </time>
  );
}
