import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { Card } from "@/app/ui/card";
import { CodePanel } from "@/app/ui/code-panel";
import { LessonHeader } from "@/app/ui/lesson-header";
import { SessionCard } from "@/app/ui/session-card";
import { SubmitButton } from "@/app/ui/submit-button";
import { format, getMessages } from "@/lib/i18n";
import { getSession } from "@/lib/session";

import { forgetName } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).hello.outputTitle };
}

export default async function HelloOutputPage() {
  // #region read-name
  const [session, { hello }] = await Promise.all([getSession(), getMessages()]);
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

        <SessionCard data={session.data} />

        <CodePanel id="helloOutput" />
      </div>
    </>
  );
}
