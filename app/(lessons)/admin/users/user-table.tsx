"use client";

import { useActionState } from "react";

import { FormMessage } from "@/app/ui/form-message";
import { RichText } from "@/app/ui/rich-text";
import { SubmitButton } from "@/app/ui/submit-button";
import { initialFormState } from "@/lib/forms/form-state";
import type { UserSummary } from "@/lib/admin/users";
import type { Messages } from "@/lib/i18n/catalogues/en";

import { userAction } from "./actions";

type Text = Messages["adminUsers"];

function ActionButton({ op, userId, label, formAction }: { op: string; userId: number; label: string; formAction: (data: FormData) => void }) {
  return (
    <form action={formAction}>
      <input type="hidden" name="op" value={op} />
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton variant={op === "enable" || op === "promote" ? "secondary" : "danger"}>{label}</SubmitButton>
    </form>
  );
}

/** Every account, a row each, with the admin's buttons; one message for the last action. */
export function UserTable({ users, text, roleNames }: { users: UserSummary[]; text: Text; roleNames: Messages["roles"]["names"] }) {
  const [latest, rowAction] = useActionState(userAction, initialFormState);
  return (
    <div className="space-y-4">
      <div aria-live="polite" data-testid="admin-result">
        <FormMessage tone={latest.ok ? "success" : "error"} message={latest.message} />
      </div>
      <ul className="divide-y divide-slate-100" aria-label={text.title}>
        {users.map((user) => (
          <li key={user.id} data-testid="user-row" data-username={user.username} className="space-y-2 py-3">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium text-slate-900">{user.displayName}</span>
              <span className="font-mono text-xs text-slate-500">{user.username}</span>
              <span data-testid="user-role" className={`rounded-full px-2 py-0.5 text-xs font-medium ${user.role === "admin" ? "bg-amber-100 text-amber-900" : "bg-slate-100 text-slate-700"}`}>
                {roleNames[user.role]}
              </span>
              <span data-testid="user-status" className={`rounded-full px-2 py-0.5 text-xs font-medium ${user.disabled ? "bg-rose-100 text-rose-800" : "bg-emerald-50 text-emerald-800"}`}>
                {user.disabled ? text.disabled : text.active}
              </span>
              {user.isYou && <span className="rounded-full bg-indigo-600 px-2 py-0.5 text-xs font-medium text-white">{text.you}</span>}
            </div>
            <p className="text-xs text-slate-600">
              {/* The label and its colon are one translated text: Japanese writes ：, French " : ". */}
              <RichText text={text.sessions} values={{ count: <span data-testid="user-sessions">{user.liveSessions ?? text.sessionsUnknown}</span> }} />
            </p>
            {!user.isYou && (
              <div className="flex flex-wrap gap-2">
                {user.disabled ? (
                  <ActionButton op="enable" userId={user.id} label={text.enable} formAction={rowAction} />
                ) : (
                  <ActionButton op="disable" userId={user.id} label={text.disable} formAction={rowAction} />
                )}
                {user.role === "admin" ? (
                  <ActionButton op="demote" userId={user.id} label={text.demote} formAction={rowAction} />
                ) : (
                  <ActionButton op="promote" userId={user.id} label={text.promote} formAction={rowAction} />
                )}
                <ActionButton op="end-sessions" userId={user.id} label={text.endSessions} formAction={rowAction} />
              </div>
            )}
          </li>
        ))}
      </ul>
      <form action={rowAction} className="space-y-2 border-t border-slate-100 pt-4">
        <input type="hidden" name="op" value="end-everyone" />
        <p className="text-sm text-slate-600">{text.endEveryoneHint}</p>
        <SubmitButton variant="danger">{text.endEveryone}</SubmitButton>
      </form>
    </div>
  );
}
