import type { Metadata } from "next";
import Link from "next/link";

import { Card } from "@/app/ui/card";
import { CodeSample } from "@/app/ui/code-sample";
import { LessonHeader } from "@/app/ui/lesson-header";
import { SessionContents } from "@/app/ui/session-contents";
import { SourceFiles } from "@/app/ui/source-files";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getPreferences } from "@/lib/preferences";
import { getSession } from "@/lib/session";

import { PreferencesForm } from "./preferences-form";

export const metadata: Metadata = { title: "Preferences" };

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
  const [preferences, user, session] = await Promise.all([getPreferences(), getCurrentUser(), getSession()]);
  return (
    <>
      <LessonHeader title="Preferences">
        <p>
          Language, theme and notifications are kept in the session under <code className="font-mono text-sm">preferences</code>. The theme is
          read while the server renders the page, so a reload never flashes the wrong colours. On your first visit the language comes from your
          browser&apos;s Accept-Language header; once you choose, your choice wins.
        </p>
      </LessonHeader>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Your preferences">
          <PreferencesForm current={preferences} />
        </Card>

        <div className="space-y-6">
          <Card title="Where they live">
            <ul className="space-y-2 text-sm text-slate-600">
              <li>
                <strong className="text-slate-900">In the session:</strong> language, theme and notifications, for every visitor, logged in or not.
                They last as long as the session does.
              </li>
              <li>
                <strong className="text-slate-900">In your user record:</strong> the same three fields, saved only while you are logged in, and copied
                back into the session when you log in again, so they outlive logging out.
              </li>
            </ul>
            <p className="mt-3 text-sm" data-testid="preferences-owner">
              {user ? (
                <>Logged in as {user.name}: saving also writes your user record.</>
              ) : (
                <>
                  Not logged in: saving writes the session only. <Link href="/login?next=%2Fpreferences" className="font-medium text-indigo-700 underline">Log in</Link> to keep them.
                </>
              )}
            </p>
          </Card>
          <Card title="What the session holds now">
            <SessionContents data={session.data} />
            <Link href="/inspector" className="mt-3 inline-block text-sm font-medium text-indigo-700 underline">
              See what changed in the inspector
            </Link>
          </Card>
        </div>

        <CodeSample label="The same in Flask" code={FLASK} />
        <Card>
          <SourceFiles files={["app/(lessons)/preferences/actions.ts", "lib/preferences/index.ts", "lib/preferences/negotiate.ts", "app/layout.tsx"]} />
        </Card>
      </div>
    </>
  );
}
