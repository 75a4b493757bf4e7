export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-5xl px-4 py-4 text-xs text-slate-500 sm:px-6">
        Sessions by Example: every lesson is a working page. Built with Next.js, iron-session and Prisma.
      </div>
    </footer>
  );
}
