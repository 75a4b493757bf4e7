import { getMessages } from "@/lib/i18n";

export async function LessonHeader({ eyebrow, title, children }: { eyebrow?: string; title: string; children: React.ReactNode }) {
  const { common } = await getMessages();
  return (
    <div className="mb-8 max-w-3xl">
      <p className="text-sm font-medium text-indigo-700">{eyebrow ?? common.lessonEyebrow}</p>
      <h1 className="mt-1 text-3xl font-semibold tracking-tight text-balance sm:text-4xl">{title}</h1>
      <div className="mt-3 space-y-2 text-pretty text-slate-600">{children}</div>
    </div>
  );
}
