import type { Metadata } from "next";

import { Card } from "@/app/ui/card";
import { LessonHeader } from "@/app/ui/lesson-header";
import { SessionContents } from "@/app/ui/session-contents";
import { requireUser } from "@/lib/auth/current-user";
import { getOwnAccount } from "@/lib/auth/users";
import { getPreferences } from "@/lib/preferences";
import { getSession } from "@/lib/session";

import { FlaskAndExpress } from "@/app/ui/flask-and-express";
import { LessonSources } from "@/app/ui/lesson-sources";
import { Timestamp } from "@/app/ui/timestamp";

export const metadata: Metadata = { title: "Your profile" };

const FLASK = `
@app.route("/profile")
@login_required          # no user in the session: redirect to /login?next=/profile
def profile():
    return render_template("profile.html", user=current_user)
`;

const EXPRESS = 'if (!req.session.user) return res.redirect("/login?next=" + encodeURIComponent(req.originalUrl))';

const LANGUAGE_NAMES: Record<string, string> = { en: "English", es: "Español", fr: "Français" };

function Fact({ label, testId, children }: { label: string; testId: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-3 py-2">
      <dt className="text-slate-500">{label}</dt>
      <dd className="font-medium break-words text-slate-900" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

export default async function ProfilePage() {
  // The gate comes first: logged out, this redirects to /login?next=%2Fprofile before anything is read.
  const user = await requireUser("/profile");
  const [account, preferences, session] = await Promise.all([getOwnAccount("/profile"), getPreferences(), getSession()]);

  return (
    <>
      <LessonHeader title={`Hello, ${user.name}`}>
        <p>
          A protected page. Before reading anything, it asks the session for <code className="font-mono text-sm">user</code>;
          without one you would have been sent to the login, which brings you back here afterwards. The name, role and
          log-in time below come from the session, not from a new query: they were stored there when you logged in.
        </p>
        <p>The response is never cached (Cache-Control: no-store), so after you log out the back button cannot show it again.</p>
      </LessonHeader>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="From the session">
          <dl className="divide-y divide-slate-100 text-sm">
            <Fact label="Name" testId="profile-name">{user.name}</Fact>
            <Fact label="Username" testId="profile-username">{user.username}</Fact>
            <Fact label="Role" testId="profile-role">{user.role}</Fact>
            <Fact label="Logged in at" testId="profile-logged-in-at">
              <Timestamp date={new Date(user.loggedInAt)} />
            </Fact>
            {account && (
              <Fact label="Member since" testId="profile-member-since">
                <Timestamp date={account.memberSince} />
              </Fact>
            )}
          </dl>
          <p className="mt-3 text-xs text-slate-500">Member since is read from the User table, through a function that checks the session itself.</p>
        </Card>

        <Card title="Your preferences">
          <dl className="divide-y divide-slate-100 text-sm">
            <Fact label="Language" testId="preference-language">{LANGUAGE_NAMES[preferences.language] ?? preferences.language}</Fact>
            <Fact label="Theme" testId="preference-theme">{preferences.theme}</Fact>
            <Fact label="Notifications" testId="preference-notifications">{preferences.notifications ? "on" : "off"}</Fact>
          </dl>
          <p className="mt-3 text-xs text-slate-500">
            Kept in <code className="font-mono">session[&quot;preferences&quot;]</code>; the ones you saved while logged in were brought back at log-in.
          </p>
        </Card>

        <Card title="What the session holds now">
          <SessionContents data={session.data} />
        </Card>

        <FlaskAndExpress flask={FLASK} express={EXPRESS} />

        <div className="lg:col-span-2">
          <LessonSources files={["app/(lessons)/profile/page.tsx", "lib/auth/current-user.ts", "lib/auth/users.ts", "lib/preferences/index.ts"]} />
        </div>
      </div>
    </>
  );
}
