"use client";

import { ButtonLink } from "@/app/ui/links";
import { useCommonMessages } from "@/app/ui/common-messages";
import { format } from "@/lib/i18n/format";
import { storeServerName, unavailableStoreOf } from "@/lib/session/errors";

// Unexpected failures land here. The message is generic on purpose: details stay in the server
// log. An error boundary gets no props but the error; it renders inside the root layout, whose
// provider already holds its words in the visitor's language (no catalogue sent to the browser).
// One failure is named: the session store's server being down (a server action that needed it).
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { errors } = useCommonMessages();
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
