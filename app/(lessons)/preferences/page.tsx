import type { Metadata } from "next";
import Link from "next/link";

import { Card } from "@/app/ui/card";
import { CodeSample } from "@/app/ui/code-sample";
import { LessonHeader } from "@/app/ui/lesson-header";
import { SessionContents } from "@/app/ui/session-contents";
import { SourceFiles } from "@/app/ui/source-files";
import { InspectorLink } from "@/app/ui/inspector-link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { format, getMessages } from "@/lib/i18n";
import { getPreferences } from "@/lib/preferences";
import { getSession } from "@/lib/session";

import { PreferencesForm } from "./preferences-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).preferences.title };
}

const FLASK = `
@app.route("/preferences", methods=["POST"])
def preferences():
    session["preferences"] = {
        "language": request.form["language"],
        "theme": request.form["theme"],
        "notifications": "notifications" in request.form,
    }
    if current_user.is_authenticated:   # keep them past log-out
        current_user.theme = session["preferences"]["theme"]; db.session.commit()
    return redirect(url_for("preferences"))
# Express: req.session.preferences = { ... } in the POST handler
`;

export default async function PreferencesPage() {
  const [preferences, user, session, { preferences: text, common }] = await Promise.all([getPreferences(), getCurrentUser(), getSession(), getMessages()]);
  return (
    <>
      <LessonHeader title={text.title}>
        <p>{text.intro}</p>
      </LessonHeader>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={text.formTitle}>
          <PreferencesForm current={preferences} text={text} />
        </Card>

        <div className="space-y-6">
          <Card title={text.whereTitle}>
            <ul className="space-y-2 text-sm text-slate-600">
              <li>
                <strong className="text-slate-900">{text.inSessionLabel}</strong> {text.inSession}
              </li>
              <li>
                <strong className="text-slate-900">{text.inRecordLabel}</strong> {text.inRecord}
              </li>
            </ul>
            <p className="mt-3 text-sm" data-testid="preferences-owner">
              {user ? (
                format(text.loggedInAs, { name: user.name })
              ) : (
                <>
                  {text.notLoggedIn}{" "}
                  <Link href="/login?next=%2Fpreferences" className="font-medium text-indigo-700 underline">
                    {text.logInToKeep}
                  </Link>
                </>
              )}
            </p>
          </Card>
          <Card title={common.sessionNow}>
            <SessionContents data={session.data} />
            <InspectorLink />
          </Card>
        </div>

        <CodeSample code={FLASK} />
        <Card>
          <SourceFiles files={["app/(lessons)/preferences/actions.ts", "lib/preferences/index.ts", "lib/preferences/negotiate.ts", "app/layout.tsx"]} />
        </Card>
      </div>
    </>
  );
}
