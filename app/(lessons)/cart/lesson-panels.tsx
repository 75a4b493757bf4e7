import { SessionCard } from "@/app/ui/session-card";
import type { SessionData } from "@/lib/session";

/**
 * The layout every page of the cart lesson shares: the page's own content, beside it the session
 * as it is now (right after the content on a phone), and
 * below both the page's code panel at full width, so the code reads without scrolling on a laptop.
 */
export function LessonPanels({ children, session, code }: { children: React.ReactNode; session: SessionData; code: React.ReactNode }) {
  return (
    <div className="space-y-6">
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0 space-y-4">{children}</div>
        <SessionCard data={session} className="min-w-0 lg:sticky lg:top-6 lg:self-start" />
      </div>
      {code}
    </div>
  );
}
