import { Card } from "@/app/ui/card";
import { InspectorLink } from "@/app/ui/inspector-link";
import { SessionContents } from "@/app/ui/session-contents";
import { getMessages } from "@/lib/i18n";
import type { SessionData } from "@/lib/session";

/** The id SessionJump points at: one session card a page. */
export const SESSION_CARD_ID = "session-now";

/** What the session holds now, beside the form that changes it, and where to look closer. */
export async function SessionCard({ data, title, className = "" }: { data: SessionData; title?: string; className?: string }) {
  const { common } = await getMessages();
  return (
    <div id={SESSION_CARD_ID} className={`scroll-mt-4 ${className}`}>
      <Card title={title ?? common.sessionNow}>
        <SessionContents data={data} />
        <InspectorLink />
      </Card>
    </div>
  );
}
