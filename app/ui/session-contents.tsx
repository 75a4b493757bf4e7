import { Fragment } from "react";

import { getMessages } from "@/lib/i18n";
import type { JsonValue, SessionData } from "@/lib/session";

/** A list of at least one item, or an object of at least one member: shown one entry a line. */
const isList = (value: JsonValue): value is JsonValue[] => Array.isArray(value) && value.length > 0;
const isRecord = (value: JsonValue): value is { [key: string]: JsonValue } => typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length > 0;

/** Compact JSON's tokens: a string, a number or literal, or one punctuation mark. */
const TOKEN = /"(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*|true|false|null|[{}[\]:,]/g;

/**
 * A value as compact JSON that a narrow panel may break only between tokens, after a comma or a
 * colon: a date or a name is never cut in two. A token wider than the panel scrolls instead.
 */
function Tokens({ value }: { value: JsonValue }) {
  const tokens = JSON.stringify(value).match(TOKEN) ?? [];
  return tokens.map((token, index) => (
    <Fragment key={index}>
      <span className="whitespace-pre">{token}</span>
      {(token === "," || token === ":") && <wbr />}
    </Fragment>
  ));
}

/**
 * One entry a line between the brackets: the visit history, in every session, is up to ten visits,
 * and a user or a cart reads better a member a line. The lines are blocks, so the text stays the
 * JSON itself (line breaks are layout, and a copy of it parses).
 */
function EntryLines({ open, close, entries }: { open: string; close: string; entries: { key?: string; value: JsonValue }[] }) {
  return (
    <>
      {open}
      {entries.map(({ key, value }, index) => (
        // Indented under the bracket; a wrapped entry hangs a step further in.
        <span key={key ?? index} className="block pl-8 -indent-4">
          {key !== undefined && (
            <>
              <Tokens value={key} />:<wbr />
            </>
          )}
          <Tokens value={value} />
          {index < entries.length - 1 && ","}
        </span>
      ))}
      {close}
    </>
  );
}

function ShownValue({ value }: { value: JsonValue }) {
  if (isList(value)) return <EntryLines open="[" close="]" entries={value.map((item) => ({ value: item }))} />;
  if (isRecord(value)) return <EntryLines open="{" close="}" entries={Object.entries(value).map(([key, member]) => ({ key, value: member }))} />;
  return <Tokens value={value} />;
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
        // A list or an object gets the panel's whole width, its key above it; any other value sits beside its key.
        const wide = isList(value) || isRecord(value);
        return (
          <div key={key} className={wide ? "px-3 py-2" : "grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-3 px-3 py-2"}>
            <dt className="truncate font-mono text-slate-500">{key}</dt>
            <dd className={`overflow-x-auto font-mono text-slate-900 ${wide ? "mt-1 text-xs leading-5" : ""}`} data-key={key}>
              <ShownValue value={value} />
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
