export function LessonHeader({ eyebrow = "Lesson", title, children }: { eyebrow?: string; title: string; children: React.ReactNode }) {
  return (
    <div className="mb-8 max-w-3xl">
      <p className="text-sm font-medium text-indigo-700">{eyebrow}</p>
      <h1 className="mt-1 text-3xl font-semibold tracking-tight text-balance sm:text-4xl">{title}</h1>
      <div className="mt-3 space-y-2 text-pretty text-slate-600">{children}</div>
    </div>
  );
}
