import Link from "next/link";

import { sourceHref } from "@/app/ui/source-link";
import { format, type Messages } from "@/lib/i18n";
import type { TraceStep, TraceStepKind } from "@/lib/session/trace";

type Text = Messages["timeline"];

/** Each kind's sentence in the catalogue: a Record, so a new kind without words does not type-check. */
const LABELS: Record<TraceStepKind, keyof Text["steps"]> = {
  read: "read",
  checks: "checks",
  refused: "refused",
  user: "user",
  set: "set",
  update: "update",
  pop: "pop",
  clear: "clear",
  permanent: "permanent",
  write: "write",
  "new-id": "newId",
  destroy: "destroy",
  "set-cookie": "setCookie",
  "delete-cookie": "deleteCookie",
  unavailable: "unavailable",
};

/** A step's words: the kind's sentence, with the store, the key and the result filled in. */
export function stepLabel(step: TraceStep, text: Text): string {
  const values = { store: step.store ?? "", key: step.key ?? "", name: step.cookie?.name ?? "", result: resultText(step.result, text) };
  if (step.kind === "update" && step.by === "proxy" && step.key === "history") return format(text.steps.history, values);
  return format(text.steps[LABELS[step.kind]], values);
}

const resultText = (result: string | undefined, text: Text) => (result && Object.hasOwn(text.results, result) ? text.results[result as keyof Text["results"]] : (result ?? ""));

/** The colour of a step's bar: reads, checks, changes, writes and the cookie each their own. */
function tone(step: TraceStep): string {
  switch (step.kind) {
    case "read":
    case "refused":
      return "bg-sky-500";
    case "checks":
    case "user":
      return "bg-violet-500";
    case "write":
    case "new-id":
    case "destroy":
      return "bg-amber-500";
    case "set-cookie":
    case "delete-cookie":
      return "bg-emerald-500";
    case "unavailable":
      return "bg-rose-500";
    default:
      return "bg-slate-400";
  }
}

/**
 * One step, drawn on the request's time axis: where it ended (and, for a store's round trip, how
 * long it waited) to scale, with a link to the line of our code that took it.
 */
export function StepRow({ step, span, line, text }: { step: TraceStep; span: number; line: { file: string; line: number } | null; text: Text }) {
  const start = Math.max(0, step.at - (step.ms ?? 0));
  const left = (start / span) * 100;
  const width = Math.max(1.5, ((step.ms ?? 0) / span) * 100);
  const label = stepLabel(step, text);
  return (
    <li className="grid grid-cols-[4.75rem_minmax(0,1fr)] items-center gap-x-2 gap-y-1 py-1.5 sm:grid-cols-[4.75rem_minmax(0,1fr)_7rem_5.5rem]" data-testid="timeline-step" data-kind={step.kind} data-by={step.by}>
      <span className={`rounded px-1 py-0.5 text-center text-[10px] whitespace-nowrap font-semibold tracking-wide uppercase ${step.by === "proxy" ? "bg-indigo-50 text-indigo-700" : "bg-slate-100 text-slate-600"}`}>
        {text.by[step.by]}
      </span>
      {line ? (
        <Link
          href={`${sourceHref(line.file)}#L${line.line}`}
          prefetch={false}
          title={format(text.openLine, { file: line.file, line: line.line })}
          className="min-w-0 font-mono text-xs break-words text-slate-800 underline decoration-slate-300 underline-offset-2 hover:text-indigo-700 hover:decoration-indigo-400 focus-visible:outline-2 focus-visible:outline-indigo-600"
        >
          {label}
        </Link>
      ) : (
        <span className="min-w-0 font-mono text-xs break-words text-slate-800">{label}</span>
      )}
      <span aria-hidden className="relative col-start-2 h-2 rounded-full bg-slate-100 sm:col-start-auto">
        <span className={`absolute top-0 h-2 rounded-full ${tone(step)}`} style={{ left: `${Math.min(left, 98.5)}%`, width: `${Math.min(width, 100 - Math.min(left, 98.5))}%` }} />
      </span>
      <span className="col-start-2 text-xs text-slate-500 tabular-nums sm:col-start-auto sm:text-right">
        {step.ms !== undefined ? format(text.ms, { ms: step.ms.toFixed(2) }) : format(text.at, { ms: step.at.toFixed(1) })}
      </span>
    </li>
  );
}
