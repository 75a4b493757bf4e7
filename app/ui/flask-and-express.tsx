import { CodeSample } from "@/app/ui/code-sample";

/** The Flask the tutorial wrote, and the one line Express would need, for the auth lessons. */
export function FlaskAndExpress({ flask, label = "The same in Flask (Flask-Login)", express }: { flask: string; label?: string; express: string }) {
  return (
    <div className="min-w-0 space-y-2">
      <CodeSample label={label} code={flask} />
      <p className="px-1 text-sm text-slate-600">
        In Express (express-session): <code className="font-mono text-xs wrap-anywhere text-slate-800">{express}</code>
      </p>
    </div>
  );
}
