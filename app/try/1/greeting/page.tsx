import type { Metadata } from "next";

import { getMessages } from "@/lib/i18n";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).workbook.try.name.greetingTitle };
}

// The page itself is the learner's: workbook/exercises/1-minimal-session/greeting-page.tsx.
export { default } from "@/workbook/exercises/1-minimal-session/greeting-page";
