import type { Metadata } from "next";

import { Card } from "@/app/ui/card";
import { CodePanel } from "@/app/ui/code-panel";
import { LessonHeader } from "@/app/ui/lesson-header";
import { TextLink } from "@/app/ui/links";
import { RichText } from "@/app/ui/rich-text";
import { SessionCard } from "@/app/ui/session-card";
import { requireUser } from "@/lib/auth/current-user";
import type { Role } from "@/lib/auth/session-user";
import { format, getMessages, type Messages } from "@/lib/i18n";
import { getSession } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).dashboard.title };
}

/** The pages of the auth lessons and who may open them: any logged-in user, or one role. */
const PAGES: { href: string; title: (messages: Messages) => string; needs: Role | "any user" }[] = [
  { href: "/profile", title: ({ dashboard }) => dashboard.profilePage, needs: "any user" },
  { href: "/dashboard", title: ({ dashboard }) => dashboard.title, needs: "any user" },
  { href: "/admin", title: ({ admin }) => admin.title, needs: "admin" },
];

export default async function DashboardPage() {
  // #region dashboard-gate
  const user = await requireUser("/dashboard");
  const [session, messages] = await Promise.all([getSession(), getMessages()]);
  const { dashboard: text, roles } = messages;
  // #endregion dashboard-gate

  return (
    <>
      <LessonHeader eyebrow={roles.eyebrow} title={text.title}>
        <p>
          <RichText text={text.intro} values={{ key: <code className="font-mono text-sm">session[&quot;user&quot;][&quot;role&quot;]</code> }} />
        </p>
        <p>
          {/* The HTTP status line stays as the server sends it. */}
          <RichText text={text.introRefusal} values={{ status: <strong>403 Forbidden</strong> }} />
        </p>
      </LessonHeader>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={format(text.welcome, { name: user.name })}>
          <p className="text-sm text-slate-600">
            <RichText text={text.yourRole} values={{ role: <strong className="text-slate-900" data-testid="dashboard-role">{roles.names[user.role]}</strong> }} />
          </p>
          <ul className="mt-4 divide-y divide-slate-100 text-sm" aria-label={text.pagesLabel}>
            {PAGES.map((page) => {
              const allowed = page.needs === "any user" || page.needs === user.role;
              return (
                <li key={page.href} className="flex items-center justify-between gap-3 py-2.5">
                  <span className="min-w-0">
                    <TextLink href={page.href}>
                      {page.title(messages)}
                    </TextLink>
                    <span className="block text-xs text-slate-500">{format(text.needs, { who: page.needs === "any user" ? text.anyUser : roles.names[page.needs] })}</span>
                  </span>
                  <span
                    className={`shrink-0 rounded-full px-2 py-0.5 text-xs font-medium ${allowed ? "bg-emerald-50 text-emerald-800" : "bg-rose-50 text-rose-800"}`}
                  >
                    {allowed ? text.openToYou : text.forbiddenForYou}
                  </span>
                </li>
              );
            })}
          </ul>
          <p className="mt-3 text-xs text-slate-500">{text.linkNote}</p>
        </Card>

        <SessionCard data={session.data} />

        <CodePanel id="dashboard" files={["app/(lessons)/admin/page.tsx", "app/forbidden.tsx"]} />
      </div>
    </>
  );
}
