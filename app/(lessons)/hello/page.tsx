import type { Metadata } from "next";
import Link from "next/link";

import { Card } from "@/app/ui/card";
import { CodePanel } from "@/app/ui/code-panel";
import { FormMessage } from "@/app/ui/form-message";
import { LessonHeader } from "@/app/ui/lesson-header";
import { SessionCard } from "@/app/ui/session-card";
import { format, getMessages } from "@/lib/i18n";
import { getSession } from "@/lib/session";

import { NameForm } from "./name-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).hello.title };
}

export default async function HelloPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const [session, { status }, { hello }] = await Promise.all([getSession(), searchParams, getMessages()]);
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

        <SessionCard data={session.data} />

        <CodePanel id="hello" files={["app/(lessons)/hello/name-form.tsx", "app/(lessons)/hello/output/page.tsx", "lib/session/index.ts"]} />
      </div>
    </>
  );
}
