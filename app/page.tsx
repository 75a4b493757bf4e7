import Link from "next/link";

import { LESSONS } from "@/lib/lessons";
import { activeStoreKind } from "@/lib/session";

import { StoreBadge } from "./ui/store-badge";

export default function HomePage() {
  return (
    <div className="space-y-10">
      <section className="max-w-3xl">
        <h1 className="text-3xl font-semibold tracking-tight text-balance sm:text-5xl">Sessions by Example</h1>
        <p className="mt-4 text-lg text-pretty text-slate-600">
          HTTP forgets you between requests. A <strong className="text-slate-900">session</strong> is how a server
          remembers: it gives your browser a cookie, and on every request that cookie leads back to what the server
          knows about you, your name, your login or your cart. Either the cookie carries the data itself, sealed so
          you cannot read or change it, or it carries only a random id, and the data waits in a store on the server.
        </p>
        <p className="mt-4 flex flex-wrap items-center gap-2 text-sm text-slate-600">
          This server keeps its sessions in <StoreBadge store={activeStoreKind()} /> Change it with{" "}
          <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs">SESSION_STORE</code>.
        </p>
      </section>

      <section id="lessons" aria-labelledby="lessons-title">
        <h2 id="lessons-title" className="mb-4 text-xl font-semibold">
          Lessons
        </h2>
        <ol className="grid gap-3 sm:grid-cols-2">
          {LESSONS.map((lesson, index) => (
            <li key={lesson.href}>
              <LessonLink number={index + 1} {...lesson} />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

function LessonLink({ number, href, title, summary, ready }: { number: number; href: string; title: string; summary: string; ready: boolean }) {
  const body = (
    <>
      <span className="flex items-baseline justify-between gap-2">
        <span className="font-medium text-slate-900">
          <span className="mr-2 text-slate-400 tabular-nums">{number}.</span>
          {title}
        </span>
        {!ready && <span className="shrink-0 rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-500">coming soon</span>}
      </span>
      <span className="mt-1 block text-sm text-slate-600">{summary}</span>
    </>
  );
  if (!ready) {
    return <div className="h-full rounded-xl border border-dashed border-slate-200 bg-white/60 p-4 opacity-75">{body}</div>;
  }
  return (
    <Link href={href} className="block h-full rounded-xl border border-slate-200 bg-white p-4 shadow-sm transition hover:border-indigo-300 hover:shadow">
      {body}
    </Link>
  );
}
