import { getMessages } from "@/lib/i18n";

export async function StoreBadge({ store }: { store: string }) {
  const { common } = await getMessages();
  return (
    <span
      className="inline-flex items-center gap-1.5 rounded-full border border-emerald-200 bg-emerald-50 px-2.5 py-0.5 text-xs font-medium text-emerald-800"
      title={common.storeTitle}
    >
      <span aria-hidden className="size-1.5 rounded-full bg-emerald-500" />
      {common.storeLabel} <span data-testid="active-store">{store}</span>
    </span>
  );
}
