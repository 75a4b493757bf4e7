import { format, type Messages } from "@/lib/i18n";
import type { ExerciseStatus } from "@/lib/workbook/status";

const looks: Record<ExerciseStatus["kind"], string> = {
  untouched: "bg-slate-100 text-slate-700",
  edited: "bg-amber-50 text-amber-900 ring-1 ring-amber-200",
  failing: "bg-rose-50 text-rose-800 ring-1 ring-rose-200",
  passed: "bg-emerald-50 text-emerald-800 ring-1 ring-emerald-200",
};

/** What the server knows about an exercise: the learner's files against the starter, and the last check. */
export function StatusBadge({ status, text }: { status: ExerciseStatus; text: Messages["workbook"]["status"] }) {
  const words =
    status.kind === "failing"
      ? format(text.failing, { passed: status.passed, total: status.total })
      : status.kind === "passed"
        ? format(text.passed, { total: status.total })
        : text[status.kind];
  return (
    <span data-testid="exercise-status" data-status={status.kind} className={`inline-flex rounded-full px-2.5 py-0.5 text-xs font-medium ${looks[status.kind]}`}>
      {words}
    </span>
  );
}
