import type { Metadata } from "next";
import Link from "next/link";

import { Card } from "@/app/ui/card";
import { LessonHeader } from "@/app/ui/lesson-header";
import { SessionContents } from "@/app/ui/session-contents";
import { LogOutForm } from "@/app/ui/user-menu";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getSession } from "@/lib/session";

import { FlaskAndExpress } from "@/app/ui/flask-and-express";
import { LessonSources } from "@/app/ui/lesson-sources";

export const metadata: Metadata = { title: "Log out" };

const FLASK = `
@app.route("/logout", methods=["POST"])
@login_required
def logout():
    logout_user()      # Flask-Login: forgets session["_user_id"]
    session.clear()    # and everything else: a cart is not for the next person
    return redirect(url_for("login", status="logged-out"))
`;

const EXPRESS = 'req.session.destroy(() => res.redirect(303, "/login?status=logged-out"))';

export default async function LogoutPage() {
  const [session, user] = await Promise.all([getSession(), getCurrentUser()]);

  return (
    <>
      <LessonHeader title="Log out">
        <p>
          Logging out destroys the session: the server forgets it (with the database store its row is deleted) and tells
          the browser to delete the cookie. It is a POST from a button, never a link, because a GET must not change
          anything: another site could trigger a link with an image tag. The log-out also checks the request&apos;s Origin,
          so a form on another site cannot log you out.
        </p>
      </LessonHeader>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={user ? "Ready to leave?" : "You are not logged in"}>
          <div className="space-y-4 text-sm text-slate-700">
            {user ? (
              <p>
                You are logged in as <strong className="text-slate-900">{user.name}</strong>. Logging out ends this session
                and everything in it, a cart included.
              </p>
            ) : (
              <p>
                There is nobody to log out.{" "}
                <Link href="/login" className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
                  Log in
                </Link>{" "}
                first, or press the button anyway to end this anonymous session.
              </p>
            )}
            <LogOutForm variant="primary" />
          </div>
        </Card>

        <Card title="What the session holds now">
          <SessionContents data={session.data} />
        </Card>

        <FlaskAndExpress flask={FLASK} express={EXPRESS} />

        <LessonSources files={["app/(lessons)/logout/route.ts", "lib/auth/login.ts", "lib/session/session.ts"]} />
      </div>
    </>
  );
}
