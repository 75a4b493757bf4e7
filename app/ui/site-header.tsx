import Link from "next/link";

import { StoreBadge } from "./store-badge";

export function SiteHeader({ store }: { store: string }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight text-slate-900">
          <span aria-hidden className="grid size-8 place-items-center rounded-lg bg-indigo-600 text-sm font-bold text-white">
            S
          </span>
          Sessions by Example
        </Link>
        <nav aria-label="Main" className="flex items-center gap-4 text-sm">
          <Link href="/#lessons" className="text-slate-600 hover:text-slate-900">
            Lessons
          </Link>
          <StoreBadge store={store} />
        </nav>
      </div>
    </header>
  );
}
