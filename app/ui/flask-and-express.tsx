import { CodeSample } from "@/app/ui/code-sample";
import { getMessages } from "@/lib/i18n";

/** The Flask the tutorial wrote, and the one line Express would need. The label defaults to the auth lessons' Flask-Login. */
export async function FlaskAndExpress({ flask, label, express }: { flask: string; label?: string; express: string }) {
  const { codeSamples } = await getMessages();
  return (
    <div className="min-w-0 space-y-2">
      <CodeSample label={label ?? codeSamples.flaskLogin} code={flask} />
      <p className="px-1 text-sm text-slate-600">
        {codeSamples.inExpress} <code className="font-mono text-xs wrap-anywhere text-slate-800">{express}</code>
      </p>
    </div>
  );
}
