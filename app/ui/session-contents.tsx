import { getMessages } from "@/lib/i18n";
import type { JsonValue, SessionData } from "@/lib/session";

/** A list of at least one item: shown one item a line, at the panel's whole width. */
const isList = (value: JsonValue): value is JsonValue[] => Array.isArray(value) && value.length > 0;

/**
 * A list as JSON, one item a line: the visit history, in every session, is up to ten visits that
 * run together unreadably in a narrow panel. The items are blocks, so the text stays the JSON
 * itself (line breaks are layout, and a copy of it parses).
 */
function ListLines({ items }: { items: JsonValue[] }) {
  return (
    <>
      [
      {items.map((item, index) => (
        <span key={index} className="block pl-4">
          {JSON.stringify(item)}
          {index < items.length - 1 && ","}
        </span>
      ))}
      ]
    </>
  );
}

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
      {entries.map(([key, value]) => {
        // A list gets the panel's whole width, its key above it; any other value sits beside its key.
        const list = isList(value) ? value : null;
        return (
          <div key={key} className={list ? "px-3 py-2" : "grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-3 px-3 py-2"}>
            <dt className="truncate font-mono text-slate-500">{key}</dt>
            <dd className={`font-mono wrap-anywhere text-slate-900 ${list ? "mt-1 text-xs leading-5" : ""}`} data-key={key}>
              {list ? <ListLines items={list} /> : JSON.stringify(value)}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
