import Link from "next/link";

import { getMessages } from "@/lib/i18n";
import { LESSONS, type Lesson } from "@/lib/lessons";
import { activeStoreKind } from "@/lib/session";

import { RichText } from "./ui/rich-text";
import { StoreBadge } from "./ui/store-badge";

export default async function HomePage() {
  const messages = await getMessages();
  const { home } = messages;
  return (
    <div className="space-y-10">
      <section className="max-w-3xl">
        <h1 className="text-3xl font-semibold tracking-tight text-balance sm:text-5xl">{home.title}</h1>
        <p className="mt-4 text-lg text-pretty text-slate-600">{home.intro}</p>
        <p className="mt-4 text-sm leading-7 text-slate-600">
          <RichText
            text={home.storeLine}
            values={{ store: <StoreBadge store={activeStoreKind()} />, setting: <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs">SESSION_STORE</code> }}
          />
        </p>
      </section>

      <section id="lessons" aria-labelledby="lessons-title">
        <h2 id="lessons-title" className="mb-4 text-xl font-semibold">
          {home.lessonsHeading}
        </h2>
        <ol className="grid gap-3 sm:grid-cols-2">
          {LESSONS.map((lesson, index) => (
            <li key={lesson.href}>
              <LessonLink number={index + 1} lesson={lesson} text={messages.lessons[lesson.key]} comingSoon={messages.common.comingSoon} />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

function LessonLink({ number, lesson, text, comingSoon }: { number: number; lesson: Lesson; text: { title: string; summary: string }; comingSoon: string }) {
  const body = (
    <>
      <span className="flex items-baseline justify-between gap-2">
        <span className="font-medium text-slate-900">
          <span className="mr-2 text-slate-400 tabular-nums">{number}.</span>
          {text.title}
        </span>
        {!lesson.ready && <span className="shrink-0 rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-500">{comingSoon}</span>}
      </span>
      <span className="mt-1 block text-sm text-slate-600">{text.summary}</span>
    </>
  );
  if (!lesson.ready) {
    return <div className="h-full rounded-xl border border-dashed border-slate-200 bg-white/60 p-4 opacity-75">{body}</div>;
  }
  return (
    <Link href={lesson.href} className="block h-full rounded-xl border border-slate-200 bg-white p-4 shadow-sm transition hover:border-indigo-300 hover:shadow">
      {body}
    </Link>
  );
}
