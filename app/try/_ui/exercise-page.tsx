import { Card } from "@/app/ui/card";
import { FormMessage } from "@/app/ui/form-message";
import { LessonHeader } from "@/app/ui/lesson-header";
import { RichText } from "@/app/ui/rich-text";
import { SessionContents } from "@/app/ui/session-contents";
import { TextLink } from "@/app/ui/links";
import { format, getMessages } from "@/lib/i18n";
import { getSession } from "@/lib/session";
import { exerciseByNumber, exerciseDir } from "@/lib/workbook/exercises";

/**
 * The frame around an exercise's page: which folder it runs, a way back to the instructions, the
 * outcome of the last form, and the session beside it, so the learner sees what their code stored.
 */
export async function ExercisePage({
  number,
  title,
  notice,
  children,
}: {
  number: number;
  title: string;
  notice?: { tone: "error" | "success"; message: string };
  children: React.ReactNode;
}) {
  const [session, { workbook, common }] = await Promise.all([getSession(), getMessages()]);
  const exercise = exerciseByNumber(number);
  return (
    <>
      <LessonHeader eyebrow={format(workbook.exerciseEyebrow, { number })} title={title}>
        <p>
          {exercise && <RichText text={workbook.try.runs} values={{ folder: <code className="font-mono text-sm">{exerciseDir(exercise)}/</code> }} />}{" "}
          <TextLink href={`/workbook/${number}`}>{workbook.try.instructions}</TextLink>
        </p>
      </LessonHeader>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <div className="space-y-4">
            {notice && <FormMessage tone={notice.tone} message={notice.message} />}
            {children}
          </div>
        </Card>
        <Card title={common.sessionNow} className="self-start">
          <SessionContents data={session.data} />
        </Card>
      </div>
    </>
  );
}
