import { Card } from "@/app/ui/card";
import { ColumnHeaders } from "@/app/ui/column-headers";
import type { Messages } from "@/lib/i18n";

type Text = Messages["configuration"];
type FlaskName = keyof Text["notes"];

/**
 * The names a Flask user knows, each with this app's equivalent. A name that is a setting here
 * takes its default from the schema; the others are fixed.
 */
const ROWS: { flask: FlaskName; here: string; setting?: string; fixed?: "always" | "perSession" | "required" }[] = [
  { flask: "SECRET_KEY", here: "SESSION_SECRET", fixed: "required" },
  { flask: "SESSION_TYPE", here: "SESSION_STORE", setting: "SESSION_STORE" },
  { flask: "SESSION_PERMANENT", here: "session.permanent", fixed: "perSession" },
  { flask: "PERMANENT_SESSION_LIFETIME", here: "SESSION_TTL_SECONDS", setting: "SESSION_TTL_SECONDS" },
  { flask: "SESSION_COOKIE_SECURE", here: "SESSION_COOKIE_SECURE", setting: "SESSION_COOKIE_SECURE" },
  { flask: "SESSION_COOKIE_HTTPONLY", here: "HttpOnly", fixed: "always" },
  { flask: "SESSION_COOKIE_SAMESITE", here: "SameSite=Lax", fixed: "always" },
  { flask: "SESSION_KEY_PREFIX", here: "SESSION_KEY_PREFIX", setting: "SESSION_KEY_PREFIX" },
  { flask: "MAX_COOKIE_SIZE", here: "SESSION_MAX_BYTES", setting: "SESSION_MAX_BYTES" },
  { flask: "SESSION_USE_SIGNER", here: "iron-session seal / SHA-256 id", fixed: "always" },
];

export function FlaskNamesTable({ defaults, text }: { defaults: Record<string, string>; text: Text }) {
  const defaultOf = (row: (typeof ROWS)[number]) => {
    if (row.setting) return <code className="font-mono text-xs">{defaults[row.setting]}</code>;
    if (row.fixed === "always") return text.alwaysOn;
    if (row.fixed === "perSession") return text.notASetting;
    return text.required;
  };
  return (
    <Card title={text.flaskTitle}>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[40rem] text-left text-sm" data-testid="flask-names">
          <ColumnHeaders labels={[text.flaskName, text.hereName, text.defaultHere, text.why]} />
          <tbody className="divide-y divide-slate-100">
            {ROWS.map((row) => (
              <tr key={row.flask} className="align-top" data-flask={row.flask}>
                <th scope="row" className="py-2 pr-3 font-mono text-xs font-normal text-slate-900">
                  {row.flask}
                </th>
                <td className="py-2 pr-3 font-mono text-xs text-slate-900">{row.here}</td>
                <td className="py-2 pr-3 text-slate-700">{defaultOf(row)}</td>
                <td className="py-2 text-slate-600">{text.notes[row.flask]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
