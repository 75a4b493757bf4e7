// Runs once when the server starts, before any request: the security log subscribes to what the
// session layer reports (lib/session/events.ts), and the request timeline plugs into its trace
// hook (lib/session/trace.ts), for pages, actions and the proxy alike.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logSessionEndings } = await import("@/lib/security-log/session-ending");
  logSessionEndings();
  const { recordRequestTimelines } = await import("@/lib/timeline/register");
  recordRequestTimelines();
}
