import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { Card } from "@/app/ui/card";
import { LessonHeader } from "@/app/ui/lesson-header";
import { ButtonLink, TextLink } from "@/app/ui/links";
import { RichText } from "@/app/ui/rich-text";
import { format, getMessages, type Messages } from "@/lib/i18n";
import { checkCommand, exerciseByNumber, exerciseDir, resetCommand, solutionDir, type Exercise } from "@/lib/workbook/exercises";
import { exerciseStatus } from "@/lib/workbook/status";

import { Command } from "../_ui/command";
import { StatusBadge } from "../_ui/status-badge";
import { Hints } from "./hints";

/** The command that starts exercise 5's own server. */
const SECRET_SERVER_COMMAND = "npm run workbook:secret-server";

function exerciseOf(n: string): Exercise | undefined {
  return /^\d$/.test(n) ? exerciseByNumber(Number(n)) : undefined;
}

export async function generateMetadata({ params }: { params: Promise<{ n: string }> }): Promise<Metadata> {
  const [exercise, { workbook }] = await Promise.all([params.then(({ n }) => exerciseOf(n)), getMessages()]);
  return { title: exercise ? `${format(workbook.exerciseEyebrow, { number: exercise.number })}: ${workbook.exercises[exercise.key].title}` : workbook.title };
}

const code = (text: string) => <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-[0.85em]">{text}</code>;

/** What the steps' placeholders stand for in each exercise: the session key, the refusal address, the run command. */
function stepValues(exercise: Exercise): Record<string, React.ReactNode> {
  return {
    key: code(exercise.sessionKey ?? ""),
    refused: code(exercise.refusedHref ?? ""),
    run: code(SECRET_SERVER_COMMAND),
  };
}

export default async function ExerciseDetailPage({ params }: { params: Promise<{ n: string }> }) {
  const exercise = exerciseOf((await params).n);
  if (!exercise) notFound();
  const { workbook: text } = await getMessages();
  const exerciseText: Messages["workbook"]["exercises"][Exercise["key"]] = text.exercises[exercise.key];
  const status = exerciseStatus(process.cwd(), exercise);
  const folder = exerciseDir(exercise);
  const values = stepValues(exercise);

  return (
    <>
      <LessonHeader eyebrow={format(text.exerciseEyebrow, { number: exercise.number })} title={exerciseText.title}>
        <p className="flex flex-wrap items-center gap-2">
          <span className="text-sm">{text.status.label}:</span> <StatusBadge status={status} text={text.status} />
        </p>
      </LessonHeader>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-6">
          <Card title={text.goalTitle}>
            <p className="text-slate-700">{exerciseText.goal}</p>
          </Card>

          <Card title={text.stepsTitle}>
            <ol className="list-decimal space-y-2 pl-5 text-slate-700">
              {exerciseText.steps.map((step) => (
                <li key={step}>
                  <RichText text={step} values={values} />
                </li>
              ))}
            </ol>
          </Card>

          <Card title={text.hintsTitle}>
            <p className="mb-3 text-sm text-slate-600">{text.hintsIntro}</p>
            <Hints
              hints={exerciseText.hints}
              text={text}
              lastNote={<RichText text={text.allHintsShown} values={{ folder: code(`${solutionDir(exercise)}/`) }} />}
            />
          </Card>
        </div>

        <div className="space-y-6">
          <Card title={text.filesTitle}>
            <p className="mb-2 text-sm text-slate-600">{text.filesIntro}</p>
            <ul className="space-y-1" data-testid="files-to-edit">
              {exercise.files.map((file) => (
                <li key={file}>
                  <code className="font-mono text-xs break-all text-slate-800">
                    {folder}/{file}
                  </code>
                </li>
              ))}
            </ul>
          </Card>

          <Card title={text.tryTitle}>
            {exercise.tryHref ? (
              <>
                <p className="mb-3 text-sm text-slate-600">
                  <RichText text={text.tryIntro} values={{ dev: code("npm run dev") }} />
                </p>
                <ButtonLink href={exercise.tryHref}>{format(text.tryOpen, { path: exercise.tryHref })}</ButtonLink>
              </>
            ) : (
              <>
                <p className="mb-3 text-sm text-slate-600">{text.runIntro}</p>
                <Command>{SECRET_SERVER_COMMAND}</Command>
              </>
            )}
          </Card>

          <Card title={text.checkTitle}>
            <p className="mb-3 text-sm text-slate-600">{text.checkIntro}</p>
            <Command>{checkCommand(exercise)}</Command>
          </Card>

          <Card title={text.resetTitle}>
            <p className="mb-3 text-sm text-slate-600">
              <RichText text={text.resetIntro} values={{ yes: code("--yes") }} />
            </p>
            <Command>{resetCommand(exercise)}</Command>
          </Card>

          <p>
            <TextLink href="/workbook">{text.backToList}</TextLink>
          </p>
        </div>
      </div>
    </>
  );
}
