// Which project files a page may show: the rule the source viewer and the excerpts share.

const SHOWN_FOLDERS = ["app", "lib"];
const SHOWN_EXTENSIONS = /\.(ts|tsx|css|mjs)$/;
/**
 * The files Next.js itself looks for at the project root, beside app/: the proxy and the start-up
 * hook are lesson code too. Named one by one, so no other root file (package.json, .env, a config
 * holding a secret) is ever shown.
 */
const SHOWN_ROOT_FILES = ["proxy.ts", "instrumentation.ts"];

/**
 * The project-relative path a request for `segments` may read, or null. Only source under app/ and
 * lib/, only .ts/.tsx/.css/.mjs, and the root files above; never an .env file, a dot-file, a climb
 * out (`..`) or the generated Prisma client. Segments arrive decoded, so an encoded `%2e%2e` is
 * refused here as `..`.
 */
export function showableSourcePath(segments: readonly string[]): string | null {
  if (segments.length === 1) return SHOWN_ROOT_FILES.includes(segments[0]) ? segments[0] : null;
  if (segments.length < 2 || !SHOWN_FOLDERS.includes(segments[0])) return null;
  // A segment with a slash or backslash is a path smuggled inside one: refused whole.
  if (segments.some((segment) => segment === "" || segment.startsWith(".") || /[\\/\0]/.test(segment))) return null;
  if (segments[0] === "lib" && segments[1] === "generated") return null;
  const file = segments.join("/");
  return SHOWN_EXTENSIONS.test(file) ? file : null;
}
