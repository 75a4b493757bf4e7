import { Card } from "@/app/ui/card";
import { RichText } from "@/app/ui/rich-text";
import { Timestamp } from "@/app/ui/timestamp";
import type { StoreCost } from "@/lib/bench/store-cost";
import type { Messages } from "@/lib/i18n";
import { INTL_LOCALES } from "@/lib/i18n/intl";
import type { Language } from "@/lib/preferences/schema";


type Text = Messages["storeCost"];

const command = <code className="font-mono text-xs">npm run bench</code>;

/** A figure in words: the label above, the sentence below, since Fact's right-aligned code line fits names, not prose. */
function CostFact({ label, testId, children }: { label: string; testId: string; children: React.ReactNode }) {
  return (
    <div className="py-1.5">
      <dt className="text-slate-500">{label}</dt>
      <dd className="tabular-nums text-slate-900" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

/** What the active store costs a request, from the last `npm run bench` (bench/results/latest.json). */
export function CostCard({ cost, text, language }: { cost: StoreCost | null; text: Text; language: Language }) {
  const number = (value: number, digits = 0) => new Intl.NumberFormat(INTL_LOCALES[language], { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
  // Below zero is the noise of a busy machine, not a session that saves time.
  const perRequest = ({ extraMicroseconds, ratio }: { extraMicroseconds: number; ratio: number }) =>
    extraMicroseconds > 0 ? <RichText text={text.perRequest} values={{ us: number(extraMicroseconds), ratio: number(ratio, 2) }} /> : <RichText text={text.withinNoise} values={{ ratio: number(ratio, 2) }} />;

  let body: React.ReactNode;
  if (cost === null) {
    body = <RichText text={text.notMeasured} values={{ command }} />;
  } else if (cost.read === null) {
    body = <RichText text={text.notThisStore} values={{ command, store: cost.store }} />;
  } else {
    body = (
      <>
        <dl className="divide-y divide-slate-100">
          <CostFact label={text.read} testId="cost-read">
            {perRequest(cost.read)}
          </CostFact>
          {cost.write && (
            <CostFact label={text.write} testId="cost-write">
              {perRequest(cost.write)}
            </CostFact>
          )}
          {cost.loadMicroseconds !== null && cost.saveMicroseconds !== null && (
            <CostFact label={text.layer} testId="cost-layer">
              <RichText text={text.perCall} values={{ load: number(cost.loadMicroseconds, cost.loadMicroseconds < 10 ? 1 : 0), save: number(cost.saveMicroseconds) }} />
            </CostFact>
          )}
        </dl>
        {cost.read.floor === "turn" && (
          <p className="mt-2 text-xs text-slate-500" data-testid="cost-floor">
            {text.waitingFloor}
          </p>
        )}
        <p className="mt-2 text-xs text-slate-500">
          <RichText text={text.measured} values={{ command, cores: cost.cores, time: <Timestamp date={cost.measuredAt} language={language} /> }} />
        </p>
      </>
    );
  }
  return (
    <Card title={text.title}>
      <div className="text-sm text-slate-700" data-testid="store-cost">
        {body}
      </div>
    </Card>
  );
}
