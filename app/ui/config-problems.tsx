/** Shown instead of any page when the server was started (bypassing `npm start`) with bad settings. */
export function ConfigProblems({ problems }: { problems: string[] }) {
  return (
    <div className="mx-auto max-w-2xl rounded-xl border border-rose-200 bg-white p-6 shadow-sm" role="alert">
      <p className="text-sm font-medium text-rose-700">Configuration error</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">Sessions are unavailable until the settings are fixed</h1>
      <ul className="mt-4 list-disc space-y-2 pl-5 text-slate-700">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <p className="mt-4 text-sm text-slate-500">Set the variables in the environment or in .env.local, then restart the server.</p>
    </div>
  );
}
