import Link from "next/link";

import { getCurrentUser } from "@/lib/auth/current-user";
import { checkConfig } from "@/lib/config";
import { getMessages } from "@/lib/i18n";

import { LanguageSwitcher } from "./language-switcher";
import { StoreBadge } from "./store-badge";
import { LogInLink, UserMenu } from "./user-menu";

export async function SiteHeader({ store }: { store: string }) {
  // With broken settings there is no session to read; the page explains the problem instead.
  const user = checkConfig().ok ? await getCurrentUser() : null;
  const { common, header } = await getMessages();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight text-slate-900">
          <span aria-hidden className="grid size-8 place-items-center rounded-lg bg-indigo-600 text-sm font-bold text-white">
            S
          </span>
          {common.siteName}
        </Link>
        <nav aria-label={header.navLabel} className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm sm:ml-auto">
          <Link href="/#lessons" className="text-slate-600 hover:text-slate-900">
            {common.navLessons}
          </Link>
          <StoreBadge store={store} />
          {/* With broken settings there is no session to keep a choice in. */}
          {checkConfig().ok && <LanguageSwitcher />}
          {!user && <LogInLink />}
        </nav>
        {user && <UserMenu user={user} />}
      </div>
    </header>
  );
}
