import type { Metadata } from "next";
import Link from "next/link";

import { Card } from "@/app/ui/card";
import { LessonHeader } from "@/app/ui/lesson-header";
import { SessionContents } from "@/app/ui/session-contents";
import { requireUser } from "@/lib/auth/current-user";
import type { Role } from "@/lib/auth/session-user";
import { getSession } from "@/lib/session";

import { FlaskAndExpress } from "@/app/ui/flask-and-express";
import { LessonSources } from "@/app/ui/lesson-sources";

export const metadata: Metadata = { title: "Dashboard" };

const FLASK = `
def role_required(role):
    def decorator(view):
        @wraps(view)
        @login_required
        def wrapped(*args, **kwargs):
            if current_user.role != role:
                abort(403)          # logged in, wrong role: Forbidden
            return view(*args, **kwargs)
        return wrapped
    return decorator

@app.route("/dashboard")
@login_required
def dashboard(): ...

@app.route("/admin")
@role_required("admin")
def admin(): ...
`;

const EXPRESS = 'if (req.session.user?.role !== "admin") return res.status(403).send("You need the admin role")';

/** The pages of the auth lessons and who may open them. */
const PAGES: { href: string; title: string; needs: Role | "any user" }[] = [
  { href: "/profile", title: "Profile", needs: "any user" },
  { href: "/dashboard", title: "Dashboard", needs: "any user" },
  { href: "/admin", title: "Admin: active sessions", needs: "admin" },
];

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  const session = await getSession();

  return (
    <>
      <LessonHeader eyebrow="Lesson: roles" title="Dashboard">
        <p>
          Any logged-in user may see this page; the admin page needs more. Your role was copied into{" "}
          <code className="font-mono text-sm">session[&quot;user&quot;][&quot;role&quot;]</code> when you logged in, and
          every protected page and action reads it on the server, on every request. Hiding a link is not protection: the
          check that counts runs where the data is read.
        </p>
        <p>
          Not logged in, a protected page sends you to the login (and back afterwards). Logged in without the role, it
          answers <strong>403 Forbidden</strong>: a redirect to the login would only loop.
        </p>
      </LessonHeader>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={`Welcome, ${user.name}`}>
          <p className="text-sm text-slate-600">
            Your role is <strong className="text-slate-900" data-testid="dashboard-role">{user.role}</strong>.
          </p>
          <ul className="mt-4 divide-y divide-slate-100 text-sm" aria-label="Pages and who may open them">
            {PAGES.map((page) => {
              const allowed = page.needs === "any user" || page.needs === user.role;
              return (
                <li key={page.href} className="flex items-center justify-between gap-3 py-2.5">
                  <span className="min-w-0">
                    <Link href={page.href} className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
                      {page.title}
                    </Link>
                    <span className="block text-xs text-slate-500">needs: {page.needs}</span>
                  </span>
                  <span
                    className={`shrink-0 rounded-full px-2 py-0.5 text-xs font-medium ${allowed ? "bg-emerald-50 text-emerald-800" : "bg-rose-50 text-rose-800"}`}
                  >
                    {allowed ? "open to you" : "403 for you"}
                  </span>
                </li>
              );
            })}
          </ul>
          <p className="mt-3 text-xs text-slate-500">The admin link stays visible on purpose: follow it as a user and see the server refuse.</p>
        </Card>

        <Card title="What the session holds now">
          <SessionContents data={session.data} />
        </Card>

        <FlaskAndExpress flask={FLASK} label="The same in Flask (Flask-Login and a decorator)" express={EXPRESS} />

        <LessonSources files={["lib/auth/current-user.ts", "app/(lessons)/dashboard/page.tsx", "app/(lessons)/admin/page.tsx", "app/forbidden.tsx"]} />
      </div>
    </>
  );
}
