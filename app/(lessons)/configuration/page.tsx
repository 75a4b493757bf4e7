import type { Metadata } from "next";

import { Card } from "@/app/ui/card";
import { CodePanel } from "@/app/ui/code-panel";
import { CodeSample } from "@/app/ui/code-sample";
import { ColumnHeaders } from "@/app/ui/column-headers";
import { Fold } from "@/app/ui/fold";
import { LessonHeader } from "@/app/ui/lesson-header";
import { TextLink } from "@/app/ui/links";
import { RichText } from "@/app/ui/rich-text";
import { parseConfig } from "@/lib/config/schema";
import { settingDefaults } from "@/lib/config/settings";
import { describeConfiguration, type EffectiveSetting } from "@/lib/config/sources";
import { format, getMessages, type Messages } from "@/lib/i18n";
import { checkStoreHealth, type StoreHealth } from "@/lib/store-health";

import { FlaskNamesTable } from "./flask-names-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).configuration.title };
}

type Text = Messages["configuration"];

// One line, as Python prints it: the box folds it to its own width.
const FLASK_ERROR = `
RuntimeError: The session is unavailable because no secret key was set. Set the secret_key on the application to something unique and secret.
`;

const FLASK_TRAP = `
app = Flask(__name__)

@app.route("/")
def index():
    session["visits"] = session.get("visits", 0) + 1
    return f"{session['visits']} visits"

if __name__ == "__main__":
    app.secret_key = "dev"  # python app.py only
    app.run(debug=True)

# gunicorn app:app imports the module:
# __name__ is "app", the block never runs.
`;

const GOOD_SECRET = "x".repeat(44);

/** The message the schema gives for these settings, so the lesson cannot drift from what npm start prints. */
function problemOf(env: Record<string, string>): string {
  const result = parseConfig(env);
  return result.ok ? "" : (result.problems[0] ?? "");
}

/** What npm start prints for each misconfiguration, one terminal session after another. */
function startupMessages(): string {
  const cases: [string, string][] = [
    ["npm start", problemOf({})],
    ["SESSION_SECRET=short npm start", problemOf({ SESSION_SECRET: "short" })],
    ["SESSION_STORE=memcache npm start", problemOf({ SESSION_SECRET: GOOD_SECRET, SESSION_STORE: "memcache" })],
    [
      "SESSION_STORE=memcached MEMCACHED_URL=app:pw@127.0.0.1:11211 npm start",
      "MEMCACHED_URL=app:***@127.0.0.1:11211: no Memcached answers there (connection refused). Start one (memcached -d -u nobody -l 127.0.0.1 -p 11211), or set MEMCACHED_URL to a server that runs.",
    ],
    [
      "DATABASE_URL=file:./old.db npm start",
      "DATABASE_URL=file:./old.db points at a database that already has tables these migrations did not create (Prisma P3005), so it is not migrated and cannot be. …",
    ],
  ];
  return cases.map(([command, problem]) => `$ ${command}\nSessions by Example cannot start:\n  - ${problem}\n$ echo $?\n1`).join("\n\n");
}

const code = (snippet: string) => <code className="font-mono text-sm">{snippet}</code>;

function SettingValueCell({ setting, text }: { setting: EffectiveSetting; text: Text }) {
  if (setting.value.kind === "text") return <span className="break-all">{setting.value.text}</span>;
  const list = setting.value.secrets.map((secret) => format(text.secretItem, { ...secret })).join("; ");
  return <span data-testid="secret-description">{format(text.secrets, { count: setting.value.secrets.length, list })}</span>;
}

function sourceLabel(setting: EffectiveSetting, text: Text): string {
  if (setting.source.kind === "environment") return text.fromEnvironment;
  if (setting.source.kind === "file") return setting.source.file;
  return text.fromDefault;
}

function EffectiveConfiguration({ settings, text }: { settings: EffectiveSetting[]; text: Text }) {
  return (
    <Card title={text.effectiveTitle}>
      <p className="mb-3 text-sm text-slate-600">{text.effectiveIntro}</p>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="effective-configuration">
          <ColumnHeaders labels={[text.setting, text.value, text.from]} />
          <tbody className="divide-y divide-slate-100">
            {settings.map((setting) => (
              <tr key={setting.name} className="align-top" data-setting={setting.name}>
                <th scope="row" className="py-1.5 pr-3 font-mono text-xs font-normal text-slate-900">
                  {setting.name}
                </th>
                <td className="py-1.5 pr-3 font-mono text-xs text-slate-800">
                  <SettingValueCell setting={setting} text={text} />
                </td>
                <td className="py-1.5 text-xs text-slate-600" data-testid="setting-source">
                  {sourceLabel(setting, text)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}

function HealthCard({ health, text }: { health: StoreHealth; text: Text }) {
  const fact = (label: string, value: React.ReactNode, testId: string) => (
    <div className="flex items-baseline justify-between gap-3 py-1.5">
      <dt className="text-slate-500">{label}</dt>
      <dd className="text-right font-mono text-slate-900" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
  return (
    <Card title={text.healthTitle}>
      <dl className="divide-y divide-slate-100 text-sm">
        {fact(text.store, health.store, "health-store")}
        {fact(
          text.reachable,
          <span className={health.ok ? "text-emerald-700" : "text-rose-700"}>{health.ok ? text.reachableYes : text.reachableNo}</span>,
          "health-ok",
        )}
        {fact(text.roundTrip, format(text.roundTripValue, { ms: health.roundTripMs }), "health-round-trip")}
        {fact(text.liveSessions, health.liveSessions ?? text.cannotCount, "health-live-sessions")}
      </dl>
      {health.problem && <p className="mt-2 text-sm text-rose-700">{health.problem}</p>}
      <p className="mt-3 text-xs text-slate-500">
        <RichText text={text.healthJson} values={{ link: <TextLink href="/api/health" prefetch={false}>/api/health</TextLink> }} />
      </p>
    </Card>
  );
}

function EnvironmentsTable({ text }: { text: Text }) {
  const columns = ["development", "test", "production"] as const;
  return (
    <Card title={text.environmentsTitle}>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[36rem] text-left text-sm" data-testid="environments">
          <ColumnHeaders corner labels={columns.map((column) => text[column])} />
          <tbody className="divide-y divide-slate-100">
            {Object.entries(text.rows).map(([key, row]) => (
              <tr key={key} className="align-top">
                <th scope="row" className="py-1.5 pr-3 font-medium text-slate-700">
                  {row.label}
                </th>
                {columns.map((column) => (
                  <td key={column} className="py-1.5 pr-3 text-slate-600">
                    {row[column]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}

export default async function ConfigurationPage() {
  const [{ configuration: text }, health] = await Promise.all([getMessages(), checkStoreHealth()]);
  const settings = describeConfiguration();

  return (
    <>
      <LessonHeader title={text.title}>
        <p>
          <RichText text={text.intro} values={{ error: <q>The session is unavailable because no secret key was set</q>, session: code("session"), start: code("npm start") }} />
        </p>
      </LessonHeader>

      {/* The lesson first: the error, what this app does instead, and the code that does it. The rest folds. */}
      <div className="space-y-6">
        <Card title={text.errorTitle}>
          <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
            <CodeSample label={text.flaskLabel} code={FLASK_ERROR} wrap />
            <CodeSample label={text.hereLabel} code={`$ npm start\nSessions by Example cannot start:\n  - ${problemOf({})}`} wrap />
          </div>
        </Card>

        <CodePanel id="configuration" files={["lib/config/sources.ts", "lib/tasks/prepare.ts", "lib/tasks/migrations.ts", "lib/tasks/check-store.ts", "app/api/health/route.ts"]} />

        <Fold topics={[text.mistakesLabel, text.effectiveTitle, text.healthTitle, text.flaskTitle, text.environmentsTitle, text.trapTitle]} testId="configuration-details">
          <Card>
            <p className="mb-2 text-sm text-slate-600">{text.everyMistake}</p>
            <div data-testid="startup-messages">
              <CodeSample label={text.mistakesLabel} code={startupMessages()} wrap />
            </div>
          </Card>

          <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
            <div className="min-w-0">
              <EffectiveConfiguration settings={settings} text={text} />
            </div>
            <div className="min-w-0">
              <HealthCard health={health} text={text} />
            </div>
          </div>

          <FlaskNamesTable defaults={settingDefaults()} text={text} />
          <EnvironmentsTable text={text} />

          <Card title={text.trapTitle}>
            <div className="space-y-2 text-sm text-slate-600">
              <p>
                <RichText text={text.trap} values={{ main: code('if __name__ == "__main__":'), python: code("python app.py"), secretKey: code("SECRET_KEY") }} />
              </p>
              <p>
                <RichText text={text.trapFix} values={{ prepare: code("lib/tasks/prepare.ts"), dev: code("npm run dev"), start: code("npm start") }} />
              </p>
            </div>
            <div className="mt-4">
              <CodeSample label={text.trapFlaskLabel} code={FLASK_TRAP} />
            </div>
          </Card>
        </Fold>
      </div>
    </>
  );
}
