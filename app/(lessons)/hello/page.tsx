import type { Metadata } from "next";
import Link from "next/link";

import { Card } from "@/app/ui/card";
import { CodeSample } from "@/app/ui/code-sample";
import { FormMessage } from "@/app/ui/form-message";
import { LessonHeader } from "@/app/ui/lesson-header";
import { SessionContents } from "@/app/ui/session-contents";
import { SourceFiles } from "@/app/ui/source-files";
import { getSession } from "@/lib/session";

import { NameForm } from "./name-form";

export const metadata: Metadata = { title: "Hello, session" };

const FLASK = `
@app.route("/", methods=["GET", "POST"])
def index():
    if request.method == "POST":
        session["name"] = request.form["name"]
        return redirect(url_for("output"))
    return render_template("index.html")
`;

export default async function HelloPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const [session, { status }] = await Promise.all([getSession(), searchParams]);
  const name = session.get("name");

  return (
    <>
      <LessonHeader title="Hello, session">
        <p>
          The smallest session there is. Type your name and the server keeps it in your session; the next page reads
          it back, although HTTP itself remembered nothing between the two requests. Log out, and it is gone.
        </p>
      </LessonHeader>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Please log in">
          <div className="space-y-4">
            <FormMessage tone="success" message={status === "logged-out" ? "You have logged out: your name was removed from the session." : undefined} />
            {typeof name === "string" && (
              <p className="rounded-lg bg-indigo-50 px-3 py-2 text-sm text-indigo-900">
                The session already knows you as <strong>{name}</strong>.{" "}
                <Link href="/hello/output" className="font-medium underline">
                  Go to your page
                </Link>
              </p>
            )}
            <NameForm />
          </div>
        </Card>

        <Card title="What the session holds now">
          <SessionContents data={session.data} />
        </Card>

        <CodeSample label="The same in Flask" code={FLASK} />

        <Card>
          <SourceFiles files={["app/(lessons)/hello/actions.ts", "app/(lessons)/hello/output/page.tsx", "lib/session/index.ts"]} />
        </Card>
      </div>
    </>
  );
}
