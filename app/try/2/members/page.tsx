import type { Metadata } from "next";

import { getMessages } from "@/lib/i18n";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).workbook.try.login.membersTitle };
}

// The page itself is the learner's: workbook/exercises/2-authentication/members-page.tsx.
export { default } from "@/workbook/exercises/2-authentication/members-page";
