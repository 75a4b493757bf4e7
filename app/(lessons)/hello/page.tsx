import type { Metadata } from "next";
import Link from "next/link";

import { Card } from "@/app/ui/card";
import { InspectorLink } from "@/app/ui/inspector-link";
import { CodeSample } from "@/app/ui/code-sample";
import { FormMessage } from "@/app/ui/form-message";
import { LessonHeader } from "@/app/ui/lesson-header";
import { SessionContents } from "@/app/ui/session-contents";
import { SourceFiles } from "@/app/ui/source-files";
import { format, getMessages } from "@/lib/i18n";
import { getSession } from "@/lib/session";

import { NameForm } from "./name-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).hello.title };
}

const FLASK = `
@app.route("/", methods=["GET", "POST"])
def index():
    if request.method == "POST":
        session["name"] = request.form["name"]
        return redirect(url_for("output"))
    return render_template("index.html")
`;

export default async function HelloPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const [session, { status }, { hello, common }] = await Promise.all([getSession(), searchParams, getMessages()]);
  const name = session.get("name");

  return (
    <>
      <LessonHeader title={hello.title}>
        <p>{hello.intro}</p>
      </LessonHeader>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={hello.formTitle}>
          <div className="space-y-4">
            <FormMessage tone="success" message={status === "logged-out" ? hello.loggedOut : undefined} />
            {typeof name === "string" && (
              <p className="rounded-lg bg-indigo-50 px-3 py-2 text-sm text-indigo-900">
                {format(hello.alreadyKnown, { name })}{" "}
                <Link href="/hello/output" className="font-medium underline">
                  {hello.goToPage}
                </Link>
              </p>
            )}
            <NameForm text={hello} />
          </div>
        </Card>

        <Card title={common.sessionNow}>
          <SessionContents data={session.data} />
          <InspectorLink />
        </Card>

        <CodeSample code={FLASK} />

        <Card>
          <SourceFiles files={["app/(lessons)/hello/actions.ts", "app/(lessons)/hello/output/page.tsx", "lib/session/index.ts"]} />
        </Card>
      </div>
    </>
  );
}
