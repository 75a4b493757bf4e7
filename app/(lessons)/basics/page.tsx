import type { Metadata } from "next";

import { Card } from "@/app/ui/card";
import { CodeSample } from "@/app/ui/code-sample";
import { LessonHeader } from "@/app/ui/lesson-header";
import { SessionContents } from "@/app/ui/session-contents";
import { SourceFiles } from "@/app/ui/source-files";
import { getConfig } from "@/lib/config";
import { describeSessionCookie, getSession } from "@/lib/session";

import { clearSession, popKey, readKey, setKey, setPermanent } from "./actions";
import { CookieFacts } from "./cookie-facts";
import { OperationForm } from "./operation-form";

export const metadata: Metadata = { title: "Session basics" };

const FLASK = `
session["color"] = "blue"   # set
session.get("color")        # "blue"
session.pop("color", None)  # "blue", gone
session.clear()             # empty
session.permanent = True    # Max-Age
`;

export default async function BasicsPage() {
  const [session, cookie] = await Promise.all([getSession(), describeSessionCookie()]);
  const lifetimeDays = Math.round((getConfig().sessionTtlSeconds / 86400) * 10) / 10;

  return (
    <>
      <LessonHeader title="Session basics">
        <p>
          A session behaves like a dictionary that follows the visitor around. Each button below runs one operation in
          a server action; the panel on the right shows what the session holds afterwards, and how its cookie looks.
        </p>
      </LessonHeader>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-6">
          <Card>
            <OperationForm
              id="set"
              title="Set a key"
              action={setKey}
              submitLabel="Set"
              fields={[
                { name: "key", label: "Key", placeholder: "color" },
                { name: "value", label: "Value", placeholder: "blue" },
              ]}
            />
          </Card>
          <div className="grid gap-6 sm:grid-cols-2">
            <Card>
              <OperationForm id="get" title="Read a key" action={readKey} submitLabel="Get" variant="secondary" fields={[{ name: "key", label: "Key", placeholder: "color" }]} />
            </Card>
            <Card>
              <OperationForm id="pop" title="Pop a key" action={popKey} submitLabel="Pop" variant="secondary" fields={[{ name: "key", label: "Key", placeholder: "color" }]} />
            </Card>
          </div>
          <Card title="Lifetime">
            <p className="mb-4 text-sm text-slate-600">
              A permanent session&apos;s cookie carries a Max-Age of {lifetimeDays} days (<code className="font-mono text-xs">SESSION_TTL_SECONDS</code>); otherwise
              it is a browser-session cookie with no Max-Age, gone when the browser closes. This session is{" "}
              <strong data-testid="permanence">{session.permanent ? "permanent" : "browser-session only"}</strong>.
            </p>
            <div className="grid gap-6 sm:grid-cols-2">
              <OperationForm id="permanent" title="Keep it" action={setPermanent} hidden={{ permanent: "true" }} submitLabel="Make permanent" variant="secondary" />
              <OperationForm id="transient" title="Let it go" action={setPermanent} hidden={{ permanent: "false" }} submitLabel="Browser-session only" variant="secondary" />
            </div>
          </Card>
          <Card>
            <OperationForm id="clear" title="Clear the whole session" action={clearSession} submitLabel="Clear session" variant="danger" />
            <p className="mt-3 text-sm text-slate-500">Clearing also removes keys other lessons set, such as your name from the hello lesson.</p>
          </Card>
        </div>

        <div className="space-y-6">
          <Card title="The session now">
            <SessionContents data={session.data} />
          </Card>
          <Card title="The session cookie">
            <CookieFacts cookie={cookie} />
          </Card>
          <CodeSample label="The same in Flask" code={FLASK} />
          <Card>
            <SourceFiles files={["app/(lessons)/basics/actions.ts", "lib/session/session.ts", "lib/session/cookie-policy.ts"]} />
          </Card>
        </div>
      </div>
    </>
  );
}
