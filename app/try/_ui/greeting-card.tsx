import { SubmitButton } from "@/app/ui/submit-button";
import { format, getMessages } from "@/lib/i18n";

import { ExercisePage } from "./exercise-page";

/** Exercise 1's greeting, drawn for the learner's page: it passes the name and its log-out action. */
export async function GreetingCard({ name, logOut }: { name: string; logOut: () => Promise<void> }) {
  const text = (await getMessages()).workbook.try.name;
  return (
    <ExercisePage number={1} title={text.greetingTitle}>
      <p className="text-2xl font-semibold tracking-tight" data-testid="greeting">
        {name ? format(text.greeting, { name }) : text.noName}
      </p>
      <form action={logOut}>
        <SubmitButton variant="secondary">{text.logOut}</SubmitButton>
      </form>
    </ExercisePage>
  );
}
