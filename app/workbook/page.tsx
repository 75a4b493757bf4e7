import type { Metadata } from "next";
import Link from "next/link";

import { Card } from "@/app/ui/card";
import { LessonHeader } from "@/app/ui/lesson-header";
import { RichText } from "@/app/ui/rich-text";
import { format, getMessages } from "@/lib/i18n";
import { EXERCISES, WORKBOOK_DIR } from "@/lib/workbook/exercises";
import { workbookStatus } from "@/lib/workbook/status";

import { StatusBadge } from "./_ui/status-badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).workbook.title };
}

const code = (text: string) => <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-sm">{text}</code>;

export default async function WorkbookPage() {
  const { workbook: text } = await getMessages();
  // Read from the project folder the server runs in: the learner's files and the last check's result.
  const statuses = workbookStatus(process.cwd());
  return (
    <>
      <LessonHeader eyebrow={text.eyebrow} title={text.title}>
        <p>{text.intro}</p>
      </LessonHeader>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="exercises-title">
          <h2 id="exercises-title" className="mb-3 text-base font-semibold text-slate-900">
            {text.listTitle}
          </h2>
          <ol className="space-y-3">
            {EXERCISES.map((exercise) => {
              const exerciseText = text.exercises[exercise.key];
              const status = statuses.get(exercise.number);
              return (
                <li key={exercise.number} data-testid="exercise">
                  <Link
                    href={`/workbook/${exercise.number}`}
                    aria-label={format(text.open, { number: exercise.number })}
                    className="block rounded-xl border border-slate-200 bg-white p-4 shadow-sm transition hover:border-indigo-300 hover:shadow"
                  >
                    <span className="flex flex-wrap items-baseline justify-between gap-2">
                      <span className="font-medium text-slate-900">
                        <span className="mr-2 text-slate-400 tabular-nums">{exercise.number}.</span>
                        {exerciseText.title}
                      </span>
                      {status && <StatusBadge status={status} text={text.status} />}
                    </span>
                    <span className="mt-1 block text-sm text-slate-600">{exerciseText.summary}</span>
                  </Link>
                </li>
              );
            })}
          </ol>
          <p className="mt-3 text-xs text-slate-500">{text.statusNote}</p>
        </section>

        <Card title={text.howTitle} className="self-start">
          <ol className="list-decimal space-y-2 pl-5 text-sm text-slate-700">
            {text.how.map((step) => (
              <li key={step}>
                <RichText text={step} values={{ dev: code("npm run dev"), folder: code(`${WORKBOOK_DIR}/exercises/`), reset: code("npm run workbook:reset -- N") }} />
              </li>
            ))}
          </ol>
        </Card>
      </div>
    </>
  );
}
