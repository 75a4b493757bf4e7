import type { Metadata } from "next";

import { Card } from "@/app/ui/card";
import { CodePanel } from "@/app/ui/code-panel";
import { LessonHeader } from "@/app/ui/lesson-header";
import { RichText } from "@/app/ui/rich-text";
import { SessionCard } from "@/app/ui/session-card";
import { SessionJump } from "@/app/ui/session-jump";
import { getConfig } from "@/lib/config";
import { getMessages } from "@/lib/i18n";
import { describeSessionCookie, getSession } from "@/lib/session";

import { clearSession, popKey, readKey, setKey, setPermanent } from "./actions";
import { CookieFacts } from "./cookie-facts";
import { OperationForm } from "./operation-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).basics.title };
}

export default async function BasicsPage() {
  const [session, cookie, { basics: text }] = await Promise.all([getSession(), describeSessionCookie(), getMessages()]);
  const lifetimeDays = Math.round((getConfig().sessionTtlSeconds / 86400) * 10) / 10;

  return (
    <>
      <LessonHeader title={text.title}>
        <p>{text.intro}</p>
      </LessonHeader>

      {/*
        On a phone the columns stack in this order: the set form, then the session it changes and
        its cookie, then the other forms. From 1024 px, the session sits beside every form.
      */}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0 lg:col-start-1 lg:row-start-1">
          <Card>
            <OperationForm
              id="set"
              title={text.setTitle}
              action={setKey}
              submitLabel={text.set}
              fields={[
                { name: "key", label: text.keyLabel, placeholder: "color" },
                { name: "value", label: text.valueLabel, placeholder: "blue" },
              ]}
            />
          </Card>
        </div>

        <div className="min-w-0 space-y-6 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:self-start">
          <SessionCard data={session.data} title={text.sessionNow} />
          <Card title={text.cookieTitle}>
            <CookieFacts cookie={cookie} text={text} />
          </Card>
        </div>

        <div className="min-w-0 space-y-6 lg:col-start-1 lg:row-start-2">
          <div className="grid gap-6 sm:grid-cols-2">
            <Card>
              <OperationForm id="get" title={text.getTitle} action={readKey} submitLabel={text.get} variant="secondary" fields={[{ name: "key", label: text.keyLabel, placeholder: "color" }]} />
            </Card>
            <Card>
              <OperationForm id="pop" title={text.popTitle} action={popKey} submitLabel={text.pop} variant="secondary" fields={[{ name: "key", label: text.keyLabel, placeholder: "color" }]} />
            </Card>
          </div>
          <Card title={text.lifetimeTitle}>
            <p className="mb-4 text-sm text-slate-600">
              <RichText
                text={text.lifetimeText}
                values={{ days: lifetimeDays, state: <strong data-testid="permanence">{session.permanent ? text.permanent : text.browserSession}</strong> }}
              />
            </p>
            <div className="grid gap-6 sm:grid-cols-2">
              <OperationForm id="permanent" title={text.keepTitle} action={setPermanent} hidden={{ permanent: "true" }} submitLabel={text.makePermanent} variant="secondary" />
              <OperationForm id="transient" title={text.letGoTitle} action={setPermanent} hidden={{ permanent: "false" }} submitLabel={text.makeTransient} variant="secondary" />
            </div>
          </Card>
          <Card>
            <OperationForm id="clear" title={text.clearTitle} action={clearSession} submitLabel={text.clear} variant="danger" />
            <p className="mt-3 text-sm text-slate-500">{text.clearNote}</p>
          </Card>
        </div>

        <CodePanel id="basics" files={["lib/session/session.ts", "lib/session/cookie-policy.ts"]} />
      </div>
      <SessionJump />
    </>
  );
}
