import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { Card } from "@/app/ui/card";
import { InspectorLink } from "@/app/ui/inspector-link";
import { CodeSample } from "@/app/ui/code-sample";
import { LessonHeader } from "@/app/ui/lesson-header";
import { SessionContents } from "@/app/ui/session-contents";
import { SubmitButton } from "@/app/ui/submit-button";
import { format, getMessages } from "@/lib/i18n";
import { getSession } from "@/lib/session";

import { forgetName } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).hello.outputTitle };
}

const FLASK = `
@app.route("/output")
def output():
    if "name" not in session:
        return redirect(url_for("index"))
    return render_template("output.html", name=session["name"])

@app.route("/logout")
def logout():
    session.pop("name", None)
    return redirect(url_for("index"))
`;

export default async function HelloOutputPage() {
  // #region read-name
  const [session, { hello, common }] = await Promise.all([getSession(), getMessages()]);
  const name = session.get("name");
  // No name in the session: nobody has "logged in" yet, so back to the form, as Flask's tutorial does.
  if (typeof name !== "string") redirect("/hello");
  // #endregion read-name

  return (
    <>
      <LessonHeader title={hello.outputTitle}>
        <p>{hello.outputIntro}</p>
      </LessonHeader>

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card>
          <p className="text-2xl font-semibold tracking-tight" data-testid="greeting">
            {format(hello.greeting, { name })}
          </p>
          <p className="mt-2 text-sm text-slate-600">{hello.stays}</p>
          <form action={forgetName} className="mt-5">
            <SubmitButton variant="secondary">{hello.logOut}</SubmitButton>
          </form>
        </Card>

        <Card title={common.sessionNow}>
          <SessionContents data={session.data} />
          <InspectorLink />
        </Card>

        <div className="lg:col-span-2">
          <CodeSample code={FLASK} />
        </div>
      </div>
    </>
  );
}
