/** One line of a card: a label and what the server found, findable by its test id. */
export function Fact({ label, testId, children }: { label: string; testId: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5 py-1.5">
      <dt className="text-slate-500">{label}</dt>
      <dd className="min-w-0 text-right font-mono break-all text-slate-900" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}
