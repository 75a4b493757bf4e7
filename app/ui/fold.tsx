import { getMessages } from "@/lib/i18n";

/**
 * The rest of a long lesson, folded under one heading so the first screen is the lesson itself.
 * The summary names what is inside; a browser's find-in-page still searches it.
 */
export async function Fold({ topics, children, testId }: { topics: string[]; children: React.ReactNode; testId?: string }) {
  const { longPages: text } = await getMessages();
  return (
    <details className="group rounded-xl border border-slate-200 bg-white shadow-sm" data-testid={testId}>
      <summary className="flex cursor-pointer list-none items-start justify-between gap-3 px-5 py-4 [&::-webkit-details-marker]:hidden">
        <span className="min-w-0">
          <span className="block text-base font-semibold text-slate-900">{text.details}</span>
          <span className="mt-0.5 block text-sm text-slate-500">{topics.join(" · ")}</span>
        </span>
        <span aria-hidden className="mt-1 shrink-0 text-slate-500 transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="space-y-6 border-t border-slate-100 p-3 sm:p-5">{children}</div>
    </details>
  );
}
