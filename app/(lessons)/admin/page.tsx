import type { Metadata } from "next";

import { Card } from "@/app/ui/card";
import { LessonHeader } from "@/app/ui/lesson-header";
import { SessionContents } from "@/app/ui/session-contents";
import { requireRole } from "@/lib/auth/current-user";
import { getSession } from "@/lib/session";
import { listActiveSessions } from "@/lib/session/admin";

import { FlaskAndExpress } from "@/app/ui/flask-and-express";
import { LessonSources } from "@/app/ui/lesson-sources";
import { SessionList } from "./session-list";

export const metadata: Metadata = { title: "Admin" };

const FLASK = `
@app.route("/admin")
@role_required("admin")
def admin():
    # Flask-Session with SESSION_TYPE = "sqlalchemy": the sessions are rows
    sessions = db.session.query(app.session_interface.sql_session_model).all()
    return render_template("admin.html", sessions=sessions)
`;

const EXPRESS = "req.sessionStore.all((err, sessions) => res.render(\"admin\", { sessions }))  // then destroy(sid)";

function StatelessExplanation() {
  return (
    <Card title="This store cannot list or end sessions">
      <div className="space-y-3 text-sm text-slate-700" data-testid="stateless-explanation">
        <p>
          This server uses the <strong>cookie</strong> store: each session is sealed (encrypted and signed) inside its own
          browser&apos;s cookie, and the server keeps nothing. So there is no list of sessions to show here, and no row to
          delete: a copy of a sealed cookie stays valid until it expires, whatever the server does.
        </p>
        <p>
          Ending someone&apos;s session needs some state on the server after all, for example a per-user session version that
          every seal carries and the server compares on each request: raise the version, and every older cookie is
          refused. That comes in the security lesson.
        </p>
        <p>
          Start the server with <code className="font-mono text-xs">SESSION_STORE=database</code> to see the sessions as
          rows, and end one.
        </p>
      </div>
    </Card>
  );
}

export default async function AdminPage() {
  const admin = await requireRole("admin", "/admin");
  const [sessions, session] = await Promise.all([listActiveSessions(), getSession()]);
  const loggedIn = sessions?.filter((candidate) => candidate.user).length ?? 0;

  return (
    <>
      <LessonHeader eyebrow="Lesson: roles" title="Admin: active sessions">
        <p>
          Only the admin role opens this page, {admin.name}. With a server-side store every session is a row, so the
          server can list them and end any one: delete the row, and that browser&apos;s next request finds no session, which
          logs it out. The action that ends a session checks the admin role again, because anyone can post to it.
        </p>
      </LessonHeader>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0 space-y-6">
          {sessions ? (
            <Card title="Active sessions">
              <p className="mb-4 text-sm text-slate-600" data-testid="session-count">
                {sessions.length} active {sessions.length === 1 ? "session" : "sessions"}, {loggedIn} logged in.
              </p>
              <SessionList sessions={sessions} />
            </Card>
          ) : (
            <StatelessExplanation />
          )}
        </div>

        <div className="min-w-0 space-y-6">
          <Card title="What your session holds now">
            <SessionContents data={session.data} />
          </Card>
          <FlaskAndExpress flask={FLASK} label="The same in Flask (Flask-Session)" express={EXPRESS} />
          <LessonSources files={["app/(lessons)/admin/page.tsx", "app/(lessons)/admin/actions.ts", "lib/session/admin.ts", "lib/session/store.ts"]} />
        </div>
      </div>
    </>
  );
}
