import { getMessages } from "@/lib/i18n";

/** Shown instead of any page when the server was started (bypassing `npm start`) with bad settings. */
export async function ConfigProblems({ problems }: { problems: string[] }) {
  const { errors } = await getMessages();
  return (
    <div className="mx-auto max-w-2xl rounded-xl border border-rose-200 bg-white p-6 shadow-sm" role="alert">
      <p className="text-sm font-medium text-rose-700">{errors.configEyebrow}</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">{errors.configTitle}</h1>
      <ul className="mt-4 list-disc space-y-2 pl-5 text-slate-700">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <p className="mt-4 text-sm text-slate-500">{errors.configHelp}</p>
    </div>
  );
}
