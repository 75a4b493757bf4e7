"use client";

import { useSyncExternalStore } from "react";

import { ButtonLink } from "@/app/ui/links";
import { CATALOGUES } from "@/lib/i18n/catalogues";
import { format } from "@/lib/i18n/format";
import { LANGUAGES, type Language } from "@/lib/preferences/schema";
import { storeServerName, unavailableStoreOf } from "@/lib/session/errors";

const subscribeToNothing = () => () => {};
const documentLanguage = (): Language => {
  const lang = document.documentElement.lang;
  return (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : "en";
};

// Unexpected failures land here. The message is generic on purpose: details stay in the server
// log. An error boundary gets no props but the error, so the language comes from <html lang>.
// One failure is named: the session store's server being down (a server action that needed it).
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const language = useSyncExternalStore(subscribeToNothing, documentLanguage, () => "en" as const);
  const { errors } = CATALOGUES[language];
  const store = unavailableStoreOf(error.digest);
  return (
    <div className="mx-auto max-w-xl py-16 text-center" role="alert">
      <p className="text-sm font-medium text-rose-700">{store ? errors.unavailableEyebrow : errors.errorEyebrow}</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight">{store ? errors.unavailableTitle : errors.errorTitle}</h1>
      <p className="mt-3 text-slate-600">{store ? format(errors.unavailableText, { store: storeServerName(store) }) : errors.errorText}</p>
      {error.digest && !store && <p className="mt-2 font-mono text-sm text-slate-500">{format(errors.errorReference, { digest: error.digest })}</p>}
      <div className="mt-6 flex justify-center gap-3">
        <button type="button" onClick={reset} className="rounded-lg bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-700">
          {errors.tryAgain}
        </button>
        <ButtonLink variant="secondary" href="/">
          {errors.home}
        </ButtonLink>
      </div>
    </div>
  );
}
