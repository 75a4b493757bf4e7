import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { Card } from "@/app/ui/card";
import { CodeSample } from "@/app/ui/code-sample";
import { LessonHeader } from "@/app/ui/lesson-header";
import { SessionContents } from "@/app/ui/session-contents";
import { SubmitButton } from "@/app/ui/submit-button";
import { getSession } from "@/lib/session";

import { forgetName } from "../actions";

export const metadata: Metadata = { title: "Session information" };

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
  const session = await getSession();
  const name = session.get("name");
  // No name in the session: nobody has "logged in" yet, so back to the form, as Flask's tutorial does.
  if (typeof name !== "string") redirect("/hello");

  return (
    <>
      <LessonHeader title="Session information">
        <p>This page was rendered by a new request. It found your name in the session, not in the URL or the form.</p>
      </LessonHeader>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <p className="text-2xl font-semibold tracking-tight" data-testid="greeting">
            Hello, {name}!
          </p>
          <p className="mt-2 text-sm text-slate-600">Reload the page, or come back later: the name stays until you log out.</p>
          <form action={forgetName} className="mt-5">
            <SubmitButton variant="secondary">Log out</SubmitButton>
          </form>
        </Card>

        <Card title="What the session holds now">
          <SessionContents data={session.data} />
        </Card>

        <div className="lg:col-span-2">
          <CodeSample label="The same in Flask" code={FLASK} />
        </div>
      </div>
    </>
  );
}
