import type { Metadata } from "next";

import { SubmitButton } from "@/app/ui/submit-button";
import { TextField } from "@/app/ui/text-field";
import { getMessages } from "@/lib/i18n";
import { saveName } from "@/workbook/exercises/1-minimal-session/actions";

import { ExercisePage } from "../_ui/exercise-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).workbook.try.name.title };
}

// Provided: the form. The learner writes saveName (actions.ts) and the greeting page.
export default async function NameFormPage({ searchParams }: { searchParams: Promise<{ error?: string; status?: string }> }) {
  const [{ error, status }, { workbook }] = await Promise.all([searchParams, getMessages()]);
  const text = workbook.try.name;
  const notice = error ? { tone: "error" as const, message: text.refused } : status === "logged-out" ? { tone: "success" as const, message: text.loggedOut } : undefined;
  return (
    <ExercisePage number={1} title={text.title} notice={notice}>
      <form action={saveName} className="space-y-4">
        <TextField id="wb1-name" name="name" label={text.label} autoComplete="given-name" maxLength={40} />
        <SubmitButton>{text.save}</SubmitButton>
      </form>
    </ExercisePage>
  );
}
