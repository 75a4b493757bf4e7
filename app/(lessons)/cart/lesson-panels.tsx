import { Card } from "@/app/ui/card";
import { FlaskAndExpress } from "@/app/ui/flask-and-express";
import { InspectorLink } from "@/app/ui/inspector-link";
import { SessionContents } from "@/app/ui/session-contents";
import { SourceFiles } from "@/app/ui/source-files";
import { getMessages } from "@/lib/i18n";
import type { SessionData } from "@/lib/session";

/**
 * The layout every page of the cart lesson shares: the page's own content, beside it the session
 * as it is now and where the code lives, and below both the same thing in Flask, with the one
 * line Express would need (full width, so the code reads without scrolling on a laptop).
 */
export async function LessonPanels({
  children,
  session,
  flask,
  express,
  files,
}: {
  children: React.ReactNode;
  session: SessionData;
  flask: string;
  express: string;
  files: string[];
}) {
  const { common } = await getMessages();
  return (
    <div className="space-y-6">
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0 space-y-4">{children}</div>
        <div className="min-w-0 space-y-6 lg:sticky lg:top-6 lg:self-start">
          <Card title={common.sessionNow}>
            <SessionContents data={session} />
            <InspectorLink />
          </Card>
          <Card>
            <SourceFiles files={files} />
          </Card>
        </div>
      </div>
      <FlaskAndExpress flask={flask} label={common.flaskSample} express={express} />
    </div>
  );
}
