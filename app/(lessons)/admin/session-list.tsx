"use client";

import { useActionState } from "react";

import { FormMessage } from "@/app/ui/form-message";
import { SubmitButton } from "@/app/ui/submit-button";
import { initialFormState } from "@/lib/forms/form-state";
import { format } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/catalogues/en";
import type { ActiveSession } from "@/lib/admin/sessions";

import { endSession } from "./actions";

/**
 * A session as the list shows it. Its times come formatted by the server, in the visitor's
 * language: Intl in the browser might write them differently and break hydration.
 */
export interface SessionRow extends ActiveSession {
  shown: { createdAt: string; lastSeenAt: string; expiresAt: string };
}

function When({ label, date, shown }: { label: string; date: Date; shown: string }) {
  return (
    <div className="flex gap-2 sm:block">
      <dt className="text-slate-500">{label}</dt>
      <dd className="text-slate-800">
        <time dateTime={date.toISOString()} className="tabular-nums">
          {shown}
        </time>
      </dd>
    </div>
  );
}

/** The live sessions, each with a button that ends it; one message for the last ending. */
export function SessionList({ sessions, text, roleNames }: { sessions: SessionRow[]; text: Messages["admin"]; roleNames: Messages["roles"]["names"] }) {
  const [state, formAction] = useActionState(endSession, initialFormState);
  return (
    <div className="space-y-4">
      <div aria-live="polite" data-testid="end-session-result">
        <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      </div>
      <ul className="space-y-3" aria-label={text.activeTitle}>
        {sessions.map((session) => (
          <li
            key={session.id}
            data-session-id={session.id}
            data-testid="active-session"
            className={`rounded-lg border p-3 ${session.isCurrent ? "border-indigo-200 bg-indigo-50/50" : "border-slate-200"}`}
          >
            <div className="grid gap-x-3 gap-y-2 sm:grid-cols-[minmax(0,1fr)_auto]">
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
                  <span className="break-words">{session.user ? session.user.name : text.anonymous}</span>
                  {session.user && (
                    <span
                      className={`rounded-full px-2 py-0.5 text-xs font-medium ${session.user.role === "admin" ? "bg-amber-100 text-amber-900" : "bg-slate-100 text-slate-700"}`}
                    >
                      {roleNames[session.user.role]}
                    </span>
                  )}
                  {session.isCurrent && (
                    <span className="rounded-full bg-indigo-600 px-2 py-0.5 text-xs font-medium text-white" data-testid="this-is-you">
                      {text.thisIsYou}
                    </span>
                  )}
                </p>
                <p className="mt-0.5 truncate font-mono text-xs text-slate-500" title={session.id}>
                  {session.user ? `${session.user.username} · ` : ""}
                  {format(text.sessionId, { id: session.id.slice(0, 16) })}
                </p>
              </div>
              <div className="order-last sm:order-none sm:row-span-2 sm:self-start">
                {session.isCurrent ? (
                  <p className="text-xs text-slate-500">{text.endYours}</p>
                ) : (
                  <form action={formAction}>
                    <input type="hidden" name="id" value={session.id} />
                    <SubmitButton variant="danger">{text.endSession}</SubmitButton>
                  </form>
                )}
              </div>
              <dl className="grid gap-1 text-xs sm:grid-cols-3 sm:gap-3">
                <When label={text.created} date={session.createdAt} shown={session.shown.createdAt} />
                <When label={text.lastSeen} date={session.lastSeenAt} shown={session.shown.lastSeenAt} />
                <When label={text.expires} date={session.expiresAt} shown={session.shown.expiresAt} />
              </dl>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
