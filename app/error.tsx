"use client";

import Link from "next/link";

// Unexpected failures land here. The message is generic on purpose: details stay in the server log.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-medium text-rose-700">Something went wrong</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight">The server could not finish this page</h1>
      <p className="mt-3 text-slate-600">
        Your session is unchanged. Try again; if it keeps happening, the server log has the details
        {error.digest ? (
          <>
            {" "}
            under the reference <code className="font-mono text-sm">{error.digest}</code>
          </>
        ) : null}
        .
      </p>
      <div className="mt-6 flex justify-center gap-3">
        <button type="button" onClick={reset} className="rounded-lg bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-700">
          Try again
        </button>
        <Link href="/" className="rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">
          Home
        </Link>
      </div>
    </div>
  );
}
