import { getMessages } from "@/lib/i18n";

export async function SiteFooter() {
  const { common } = await getMessages();
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-5xl px-4 py-4 text-xs text-slate-500 sm:px-6">
        {common.footer}
      </div>
    </footer>
  );
}
