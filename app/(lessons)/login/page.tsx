import type { Metadata } from "next";
import Link from "next/link";

import { Card } from "@/app/ui/card";
import { FormMessage } from "@/app/ui/form-message";
import { LessonHeader } from "@/app/ui/lesson-header";
import { SessionContents } from "@/app/ui/session-contents";
import { getCurrentUser } from "@/lib/auth/current-user";
import { DEMO_USERS } from "@/lib/auth/demo-users";
import { safeNextPath } from "@/lib/auth/next-path";
import { getSession } from "@/lib/session";

import { FlaskAndExpress } from "@/app/ui/flask-and-express";
import { LessonSources } from "@/app/ui/lesson-sources";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Log in" };

const FLASK = `
@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        user = User.query.filter_by(username=request.form["username"]).first()
        if user is None or not user.check_password(request.form["password"]):
            flash("Invalid username or password")
            return redirect(url_for("login"))
        login_user(user)                 # session["_user_id"] = user.id
        app.session_interface.regenerate(session)  # Flask-Session 0.7+: a new id
        next_page = request.args.get("next")
        if not next_page or urlsplit(next_page).netloc != "":
            next_page = url_for("profile")
        return redirect(next_page)
    return render_template("login.html")
`;

const EXPRESS = "req.session.regenerate(() => { req.session.user = user; res.redirect(next) })";

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[]; status?: string }> }) {
  const [session, user, { next, status }] = await Promise.all([getSession(), getCurrentUser(), searchParams]);
  // Only a local path is passed on to the form; anything else is dropped here and refused again by the action.
  const nextPath = typeof next === "string" && safeNextPath(next, "") === next ? next : undefined;

  return (
    <>
      <LessonHeader title="Log in and out">
        <p>
          Logging in is one write to the session. When the password checks out, the server stores who you are under{" "}
          <code className="font-mono text-sm">session[&quot;user&quot;]</code> and moves the session to a new id, so an id
          someone planted in your browser before (session fixation) is worth nothing after. Every later request reads the
          user back from the session; logging out destroys it.
        </p>
        <p>
          {user
            ? `The session holds a "user" key now: you are ${user.name}.`
            : 'The session holds no "user" key now: to the server you are anonymous.'}
        </p>
      </LessonHeader>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={user ? "You are logged in" : "Log in"}>
          <div className="space-y-4">
            <FormMessage tone="success" message={status === "logged-out" ? "You have been logged out" : undefined} />
            {user ? (
              <div className="space-y-3 text-sm text-slate-700" data-testid="already-logged-in">
                <p>
                  You are logged in as <strong className="text-slate-900">{user.name}</strong> ({user.username}, role{" "}
                  <strong className="text-slate-900">{user.role}</strong>).
                </p>
                <p>
                  <Link href="/profile" className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
                    Go to your profile
                  </Link>
                </p>
                <p className="text-slate-500">To log in as someone else, log out first with the button at the top of the page.</p>
              </div>
            ) : (
              <>
                {nextPath && (
                  <p className="rounded-lg bg-indigo-50 px-3 py-2 text-sm text-indigo-900" data-testid="next-notice">
                    Log in to continue to <code className="font-mono">{nextPath}</code>.
                  </p>
                )}
                <LoginForm next={nextPath} />
              </>
            )}
          </div>
        </Card>

        <Card title="Demo accounts">
          <p className="mb-3 text-sm text-slate-600">
            This is a teaching app, so the seeded accounts are printed here. Never do this with real accounts.
          </p>
          <table className="w-full text-left text-sm" data-testid="demo-accounts">
            <thead className="text-slate-500">
              <tr>
                <th scope="col" className="py-1.5 pr-3 font-medium">Username</th>
                <th scope="col" className="py-1.5 pr-3 font-medium">Password</th>
                <th scope="col" className="py-1.5 font-medium">Role</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 font-mono text-slate-900">
              {DEMO_USERS.map((demo) => (
                <tr key={demo.username}>
                  <td className="py-1.5 pr-3">{demo.username}</td>
                  <td className="py-1.5 pr-3 break-all">{demo.password}</td>
                  <td className="py-1.5 font-sans">{demo.role}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-3 text-sm text-slate-500">
            A wrong password and an unknown username get the same answer, after the same work, so the form does not
            reveal which usernames exist.
          </p>
        </Card>

        <Card title="What the session holds now">
          <SessionContents data={session.data} />
        </Card>

        <FlaskAndExpress flask={FLASK} express={EXPRESS} />

        <div className="lg:col-span-2">
          <LessonSources files={["app/(lessons)/login/actions.ts", "lib/auth/login.ts", "lib/auth/users.ts", "lib/auth/next-path.ts", "lib/auth/password.ts"]} />
        </div>
      </div>
    </>
  );
}
