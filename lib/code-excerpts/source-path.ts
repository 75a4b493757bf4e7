// Which project files a page may show: the rule the source viewer and the excerpts share.

const SHOWN_FOLDERS = ["app", "lib"];
const SHOWN_EXTENSIONS = /\.(ts|tsx|css|mjs)$/;

/**
 * The project-relative path a request for `segments` may read, or null. Only source under app/ and
 * lib/, only .ts/.tsx/.css/.mjs; never an .env file, a dot-file, a climb out (`..`) or the generated
 * Prisma client. Segments arrive decoded, so an encoded `%2e%2e` is refused here as `..`.
 */
export function showableSourcePath(segments: readonly string[]): string | null {
  if (segments.length < 2 || !SHOWN_FOLDERS.includes(segments[0])) return null;
  // A segment with a slash or backslash is a path smuggled inside one: refused whole.
  if (segments.some((segment) => segment === "" || segment.startsWith(".") || /[\\/\0]/.test(segment))) return null;
  if (segments[0] === "lib" && segments[1] === "generated") return null;
  const file = segments.join("/");
  return SHOWN_EXTENSIONS.test(file) ? file : null;
}
