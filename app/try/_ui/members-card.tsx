import { SubmitButton } from "@/app/ui/submit-button";
import { format, getMessages } from "@/lib/i18n";
import type { Member } from "@/lib/workbook/exercise-data";

import { ExercisePage } from "./exercise-page";

/** Exercise 2's members-only content, drawn for the learner's page once it knows who is logged in. */
export async function MembersCard({ member, logOut }: { member: Member | null; logOut: () => Promise<void> }) {
  const text = (await getMessages()).workbook.try.login;
  return (
    <ExercisePage number={2} title={text.membersTitle}>
      <p className="text-2xl font-semibold tracking-tight" data-testid="welcome">
        {member ? format(text.welcome, { name: member.name }) : text.nobody}
      </p>
      <p className="text-sm text-slate-600">{text.membersText}</p>
      <form action={logOut}>
        <SubmitButton variant="secondary">{text.logOut}</SubmitButton>
      </form>
    </ExercisePage>
  );
}
