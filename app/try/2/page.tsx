import type { Metadata } from "next";

import { SubmitButton } from "@/app/ui/submit-button";
import { TextField } from "@/app/ui/text-field";
import { getMessages } from "@/lib/i18n";
import { logIn } from "@/workbook/exercises/2-authentication/actions";

import { ExercisePage } from "../_ui/exercise-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).workbook.try.login.title };
}

// Provided: the form. The learner writes logIn and logOut (actions.ts) and the members page.
export default async function ExerciseLoginPage({ searchParams }: { searchParams: Promise<{ error?: string; status?: string }> }) {
  const [{ error, status }, { workbook }] = await Promise.all([searchParams, getMessages()]);
  const text = workbook.try.login;
  const notice = error ? { tone: "error" as const, message: text.refused } : status === "logged-out" ? { tone: "success" as const, message: text.loggedOut } : undefined;
  return (
    <ExercisePage number={2} title={text.title} notice={notice}>
      <p className="text-sm text-slate-600">{text.demo}</p>
      <form action={logIn} className="space-y-4">
        <TextField id="wb2-username" name="username" label={text.username} autoComplete="username" maxLength={64} />
        <TextField id="wb2-password" name="password" type="password" label={text.password} autoComplete="current-password" maxLength={256} />
        <SubmitButton>{text.logIn}</SubmitButton>
      </form>
    </ExercisePage>
  );
}
