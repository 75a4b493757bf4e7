import { chooseLanguage } from "@/app/(lessons)/preferences/actions";
import { getLanguage, getMessages } from "@/lib/i18n";
import { LANGUAGE_NAMES, LANGUAGES } from "@/lib/preferences/schema";

/**
 * The header's language menu: a native <details>, so it opens with the keyboard and without
 * JavaScript, and one form whose buttons each post a language. Each name is written in its own
 * language (and marked with its lang), so a reader finds theirs whatever the page is in.
 */
export async function LanguageSwitcher() {
  const [current, { header }] = await Promise.all([getLanguage(), getMessages()]);
  return (
    // Keyed by the language: after a choice the menu comes back closed, not left open over the page.
    <details key={current} className="group relative" data-testid="language-switcher">
      <summary className="flex cursor-pointer list-none items-center gap-1.5 rounded-lg px-2 py-1.5 text-slate-600 hover:bg-slate-100 hover:text-slate-900 [&::-webkit-details-marker]:hidden">
        <svg aria-hidden viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="1.5" className="size-4">
          <circle cx="10" cy="10" r="7.5" />
          <path d="M2.5 10h15M10 2.5c2 2.2 3 4.7 3 7.5s-1 5.3-3 7.5c-2-2.2-3-4.7-3-7.5s1-5.3 3-7.5Z" />
        </svg>
        <span className="sr-only">{header.language}: </span>
        {/* On a phone the globe alone, so the header stays one row; the name is still read out. */}
        <span lang={current} className="max-sm:sr-only">
          {LANGUAGE_NAMES[current]}
        </span>
      </summary>
      <form action={chooseLanguage} className="absolute right-0 z-10 mt-1 grid min-w-36 gap-0.5 rounded-lg border border-slate-200 bg-white p-1 shadow-lg">
        {LANGUAGES.map((language) => (
          <button
            key={language}
            type="submit"
            name="language"
            value={language}
            lang={language}
            aria-pressed={language === current}
            className="rounded-md px-3 py-1.5 text-left text-sm text-slate-700 hover:bg-slate-100 aria-pressed:bg-indigo-50 aria-pressed:font-medium aria-pressed:text-indigo-900"
          >
            {LANGUAGE_NAMES[language]}
          </button>
        ))}
      </form>
    </details>
  );
}
