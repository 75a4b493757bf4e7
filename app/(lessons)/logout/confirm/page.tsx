import type { Metadata } from "next";

import { Card } from "@/app/ui/card";
import { FlaskAndExpress } from "@/app/ui/flask-and-express";
import { LessonHeader } from "@/app/ui/lesson-header";
import { LessonSources } from "@/app/ui/lesson-sources";
import { TextLink } from "@/app/ui/links";
import { RichText } from "@/app/ui/rich-text";
import { SessionContents } from "@/app/ui/session-contents";
import { LogOutForm } from "@/app/ui/user-menu";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getMessages } from "@/lib/i18n";
import { getSession } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).logout.title };
}

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
  const [session, user, { logout: text, common }] = await Promise.all([getSession(), getCurrentUser(), getMessages()]);

  return (
    <>
      <LessonHeader title={text.title}>
        <p>{text.intro}</p>
      </LessonHeader>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={user ? text.readyTitle : text.notLoggedInTitle}>
          <div className="space-y-4 text-sm text-slate-700">
            <p>
              {user ? (
                <RichText text={text.loggedInAs} values={{ name: <strong className="text-slate-900">{user.name}</strong> }} />
              ) : (
                <RichText
                  text={text.nobody}
                  values={{
                    logIn: (
                      <TextLink href="/login">
                        {text.logIn}
                      </TextLink>
                    ),
                  }}
                />
              )}
            </p>
            <LogOutForm variant="primary" />
          </div>
        </Card>

        <Card title={common.sessionNow}>
          <SessionContents data={session.data} />
        </Card>

        <FlaskAndExpress flask={FLASK} express={EXPRESS} />

        <LessonSources files={["app/(lessons)/logout/route.ts", "lib/auth/login.ts", "lib/session/session.ts"]} />
      </div>
    </>
  );
}
