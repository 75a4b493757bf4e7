import { getMessages } from "@/lib/i18n";
import type { SessionData } from "@/lib/session";

/** The session as the server decoded it: the thing every lesson wants you to watch change. */
export async function SessionContents({ data }: { data: SessionData }) {
  const { common } = await getMessages();
  const entries = Object.entries(data);
  if (entries.length === 0) {
    return (
      <p data-testid="session-empty" className="rounded-lg border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-500">
        {common.sessionEmpty}
      </p>
    );
  }
  return (
    <dl data-testid="session-contents" className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 text-sm">
      {entries.map(([key, value]) => (
        <div key={key} className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-3 px-3 py-2">
          <dt className="truncate font-mono text-slate-500">{key}</dt>
          <dd className="font-mono break-all text-slate-900" data-key={key}>
            {JSON.stringify(value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
