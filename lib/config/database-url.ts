// Which database DATABASE_URL names, by its scheme. Pure, so prisma.config.ts, the start-up task
// and the app agree on it: `file:` is the embedded SQLite default, postgres(ql):// a server.
export type DatabaseProvider = "sqlite" | "postgres";

export function databaseProviderOf(url: string): DatabaseProvider | null {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgres";
  return null;
}
