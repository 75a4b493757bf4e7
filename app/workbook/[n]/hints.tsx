"use client";

import { useEffect, useRef, useState } from "react";

import { format } from "@/lib/i18n/format";

/**
 * Hints revealed one at a time by a real button (keyboard and screen reader alike); the newly
 * shown hint takes the focus so it is read out, and the button moves on to the next one.
 */
export function Hints({ hints, text, lastNote }: { hints: string[]; text: { showHint: string; hintLabel: string }; lastNote: React.ReactNode }) {
  const [shown, setShown] = useState(0);
  const latest = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (shown > 0) latest.current?.focus();
  }, [shown]);

  return (
    <div className="space-y-3">
      {shown > 0 && (
        <ol className="space-y-2">
          {hints.slice(0, shown).map((hint, index) => (
            <li key={hint} ref={index === shown - 1 ? latest : undefined} tabIndex={-1} data-testid="hint" className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950 focus:outline-none focus-visible:ring-2 focus-visible:ring-amber-400">
              <span className="font-medium">{format(text.hintLabel, { number: index + 1 })}: </span>
              {hint}
            </li>
          ))}
        </ol>
      )}
      {shown < hints.length ? (
        <button
          type="button"
          onClick={() => setShown(shown + 1)}
          className="inline-flex min-h-10 items-center justify-center rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50"
        >
          {format(text.showHint, { number: shown + 1, total: hints.length })}
        </button>
      ) : (
        <p className="text-sm text-slate-600">{lastNote}</p>
      )}
    </div>
  );
}
