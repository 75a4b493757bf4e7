import type { Metadata } from "next";

import { ButtonLink } from "@/app/ui/links";
import { getMessages } from "@/lib/i18n";
import { readPreferences } from "@/workbook/exercises/4-preferences/preferences";

import { ExercisePage } from "../../_ui/exercise-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).workbook.try.preferences.profileTitle };
}

// Provided: the profile, drawn from the learner's readPreferences().
export default async function ExerciseProfilePage() {
  const [current, { workbook }] = await Promise.all([readPreferences(), getMessages()]);
  const text = workbook.try.preferences;
  return (
    <ExercisePage number={4} title={text.profileTitle}>
      <dl className="divide-y divide-slate-100 text-sm">
        <div className="grid grid-cols-2 gap-3 py-2">
          <dt className="text-slate-500">{text.theme}</dt>
          <dd className="font-medium text-slate-900" data-testid="profile-theme">
            {text.themes[current.theme]}
          </dd>
        </div>
        <div className="grid grid-cols-2 gap-3 py-2">
          <dt className="text-slate-500">{text.notificationsShort}</dt>
          <dd className="font-medium text-slate-900" data-testid="profile-notifications">
            {current.notifications ? text.on : text.off}
          </dd>
        </div>
      </dl>
      <ButtonLink href="/try/4" variant="secondary">
        {text.change}
      </ButtonLink>
    </ExercisePage>
  );
}
