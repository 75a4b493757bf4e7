"use client";

import { useActionState } from "react";

import { FormMessage } from "@/app/ui/form-message";
import { SubmitButton } from "@/app/ui/submit-button";
import { initialFormState } from "@/lib/forms/form-state";
import type { Messages } from "@/lib/i18n/catalogues/en";

import { endSessionsAction } from "./actions";

/** One of the user's sessions as the list shows it: words and times already formatted by the server. */
export interface OwnSessionRow {
  key: string;
  id: string | null;
  device: string;
  started: { iso: string; shown: string };
  lastUsed: { iso: string; shown: string };
  isCurrent: boolean;
}

function When({ label, at }: { label: string; at: { iso: string; shown: string } }) {
  return (
    <div className="flex gap-2">
      <dt className="text-slate-500">{label}</dt>
      <dd className="text-slate-800">
        <time dateTime={at.iso} className="tabular-nums">
          {at.shown}
        </time>
      </dd>
    </div>
  );
}

/**
 * "Where you're signed in": each session with End (others only), and "sign out everywhere else".
 * The buttons are always there; without a fresh password re-check the action says so.
 */
export function OwnSessionList({ sessions, listable, text }: { sessions: OwnSessionRow[]; listable: boolean; text: Messages["account"] }) {
  const [latest, endAction] = useActionState(endSessionsAction, initialFormState);
  return (
    <div className="space-y-4">
      <div aria-live="polite" data-testid="end-result">
        <FormMessage tone={latest.ok ? "success" : "error"} message={latest.message} />
      </div>
      <ul className="space-y-3" aria-label={text.sessionsTitle}>
        {sessions.map((session) => (
          <li
            key={session.key}
            data-testid="own-session"
            className={`rounded-lg border p-3 ${session.isCurrent ? "border-indigo-200 bg-indigo-50/50" : "border-slate-200"}`}
          >
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div className="min-w-0 space-y-1">
                <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
                  <span data-testid="device">{session.device}</span>
                  {session.isCurrent && <span className="rounded-full bg-indigo-600 px-2 py-0.5 text-xs font-medium text-white">{text.thisSession}</span>}
                </p>
                <dl className="grid gap-1 text-xs sm:grid-cols-2 sm:gap-4">
                  <When label={text.started} at={session.started} />
                  <When label={text.lastUsed} at={session.lastUsed} />
                </dl>
              </div>
              {!session.isCurrent && session.id && (
                <form action={endAction}>
                  <input type="hidden" name="id" value={session.id} />
                  <SubmitButton variant="danger">{text.end}</SubmitButton>
                </form>
              )}
            </div>
          </li>
        ))}
      </ul>
      {listable && sessions.length === 1 && <p className="text-sm text-slate-600">{text.noOthers}</p>}
      <form action={endAction}>
        <input type="hidden" name="op" value="end-others" />
        <SubmitButton variant="danger">{text.endOthers}</SubmitButton>
      </form>
    </div>
  );
}
