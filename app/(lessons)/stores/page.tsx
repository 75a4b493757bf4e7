import type { Metadata } from "next";

import { Card } from "@/app/ui/card";
import { CodeSample } from "@/app/ui/code-sample";
import { CodePanel } from "@/app/ui/code-panel";
import { ColumnHeaders } from "@/app/ui/column-headers";
import { Fold } from "@/app/ui/fold";
import { LessonHeader } from "@/app/ui/lesson-header";
import { TextLink } from "@/app/ui/links";
import { RichText } from "@/app/ui/rich-text";
import { readRegion, readSource } from "@/lib/code-excerpts";
import { SESSION_STORES } from "@/lib/config/schema";
import { format, getMessages, type Messages } from "@/lib/i18n";
import { activeStoreKind } from "@/lib/session";
import { BENCH_RESULTS_FILE, readBenchResults, type BenchResults } from "@/lib/stores/bench-results";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).stores.title };
}

type Text = Messages["stores"];
type DescribedStore = keyof Text["facts"];

const FACT_COLUMNS = ["lives", "cookie", "revoke", "restart", "instances"] as const;

const TRY_IT = `
# One file per session in .sessions/ (Flask-Session's "filesystem", in flask_session/)
SESSION_STORE=file npm run dev

# Memcached: start one, then point the app at it
memcached -d -u nobody -l 127.0.0.1 -p 11211
SESSION_STORE=memcached npm run dev

# A row per session in the SQLite database
SESSION_STORE=database npm run dev

# Redis: one key per session, expired by Redis itself
redis-server --daemonize yes
SESSION_STORE=redis REDIS_URL=redis://127.0.0.1:6379 npm run dev
`;

/** A cell of a row shown as a card: on its own line, its column's name above it. */
const CARD_CELL = "max-md:block max-md:py-1 max-md:before:block max-md:before:text-xs max-md:before:font-medium max-md:before:text-slate-500 max-md:before:content-[attr(data-label)]";

const code = (snippet: string) => <code className="font-mono text-sm">{snippet}</code>;

const isDescribed = (store: string, text: Text): store is DescribedStore => Object.hasOwn(text.facts, store);

function costOf(store: string, bench: BenchResults | null, text: Text): string {
  const cost = bench?.byStore[store];
  if (!cost) return text.notMeasured;
  return format(text.costValue, { ms: Math.round(cost.extraMs * 100) / 100, rps: Math.round(cost.requestsPerSecond) });
}

function Comparison({ text, bench, active }: { text: Text; bench: BenchResults | null; active: string }) {
  const stores = SESSION_STORES.filter((store) => isDescribed(store, text));
  return (
    <Card title={text.compareTitle}>
      <div className="overflow-x-auto">
        {/* Below 768 px each row is a card and each cell says which column it is: no sideways scroll on a phone.
            Above, a long name (SESSION_KEY_PREFIX) or a long Japanese phrase may break, so that on a laptop the table
            fits without scrolling: "anywhere" lets a cell narrow below its longest word, and "!" overrides the
            Japanese cells' own rule in globals.css. */}
        <table className="w-full text-left text-sm max-md:block md:min-w-[52rem] md:[&_td]:[overflow-wrap:anywhere]!" data-testid="store-comparison">
          <ColumnHeaders className="max-md:sr-only" labels={[text.columns.store, ...FACT_COLUMNS.map((column) => text.columns[column]), text.columns.cost]} />
          <tbody className="divide-y divide-slate-100 max-md:block">
            {stores.map((store) => (
              <tr key={store} className={`align-top max-md:block max-md:py-3 ${store === active ? "bg-indigo-50/60" : ""}`} data-store={store}>
                <th scope="row" className="py-2 pr-3 font-mono text-xs font-semibold text-slate-900 max-md:block max-md:pb-1 max-md:text-sm">
                  {store}
                  {store === active && <span className="ml-1.5 rounded-full bg-indigo-100 px-1.5 py-0.5 font-sans text-[0.7rem] font-medium text-indigo-800">{text.active}</span>}
                </th>
                {FACT_COLUMNS.map((column) => (
                  <td key={column} data-label={text.columns[column]} className={`py-2 pr-3 text-slate-700 ${CARD_CELL}`}>
                    {text.facts[store][column]}
                  </td>
                ))}
                <td className={`py-2 text-slate-700 ${CARD_CELL}`} data-label={text.columns.cost} data-testid="store-cost">
                  {costOf(store, bench, text)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-3 text-xs text-slate-500" data-testid="bench-note">
        {bench === null ? text.notMeasured : format(text.measuredAt, { file: BENCH_RESULTS_FILE, date: bench.measuredAt })}
      </p>
    </Card>
  );
}

function WriteYourOwn({ text, fileStoreSource, storeInterface }: { text: Text; fileStoreSource: string | null; storeInterface: string }) {
  return (
    <Card title={text.ownTitle}>
      <p className="text-sm text-slate-600">
        <RichText
          text={text.ownIntro}
          values={{ iface: code("SessionStore"), factory: code("lib/session/active-store.ts"), contract: code("lib/testing/store-contract.ts") }}
        />
      </p>
      <div className="mt-4 grid grid-cols-1 gap-4 lg:grid-cols-2">
        <CodeSample label="lib/session/store.ts" code={storeInterface} wrap />
        <dl className="space-y-2 text-sm" data-testid="store-methods">
          {Object.entries(text.methods).map(([method, explanation]) => (
            <div key={method}>
              <dt className="font-mono text-xs font-semibold text-slate-900">{method}</dt>
              <dd className="text-slate-600">{explanation}</dd>
            </div>
          ))}
        </dl>
      </div>

      <h3 className="mt-6 text-sm font-semibold text-slate-900">{text.exampleTitle}</h3>
      <p className="mt-1 text-sm text-slate-600">{text.exampleIntro}</p>
      {fileStoreSource === null ? (
        <p className="mt-2 text-sm text-slate-500">{text.sourceMissing}</p>
      ) : (
        <details className="mt-3 rounded-lg border border-slate-200" data-testid="file-store-source">
          <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-indigo-700">{text.showSource}</summary>
          <div className="max-h-[32rem] overflow-y-auto">
            <CodeSample label="lib/session/stores/file.ts" code={fileStoreSource} />
          </div>
        </details>
      )}

      <h3 className="mt-6 text-sm font-semibold text-slate-900">{text.flaskTitle}</h3>
      <p className="mt-1 mb-3 text-sm text-slate-600">
        <RichText
          text={text.flaskIntro}
          values={{
            iface: code("SessionInterface"),
            attr: code("app.session_interface"),
            open: code("open_session"),
            save: code("save_session"),
            persistence: code("cookiePersistence()"),
          }}
        />
      </p>
    </Card>
  );
}

export default async function StoresPage() {
  const [{ stores: text }, bench, fileStoreSource, storeInterface] = await Promise.all([
    getMessages(),
    readBenchResults(),
    readSource("lib/session/stores/file.ts"),
    // The interface as lib/session/store.ts declares it, comments and all: never a copy.
    readRegion({ file: "lib/session/store.ts", region: "session-store" }),
  ]);
  const active = activeStoreKind();

  return (
    <>
      <LessonHeader title={text.title}>
        <p>
          <RichText text={text.intro} values={{ flask: code("SESSION_TYPE"), here: code("SESSION_STORE") }} />
        </p>
      </LessonHeader>
      <div className="space-y-6">
        <Comparison text={text} bench={bench} active={active} />
        <CodePanel id="stores" files={["lib/session/store.ts", "lib/session/active-store.ts", "lib/session/stores/file.ts", "lib/session/stores/memcached.ts", "lib/testing/store-contract.ts"]} />
        <Fold topics={[text.tryTitle, text.ownTitle]} testId="stores-details">
          <Card title={text.tryTitle}>
            <p className="mb-3 text-sm text-slate-600">
              <RichText text={text.tryIntro} values={{ inspector: <TextLink href="/inspector">/inspector</TextLink> }} />
            </p>
            <CodeSample label="sh" code={TRY_IT} />
          </Card>
          <WriteYourOwn text={text} fileStoreSource={fileStoreSource} storeInterface={storeInterface.code} />
        </Fold>
      </div>
    </>
  );
}
