import { getLanguage, getMessages, plural } from "@/lib/i18n";

/** Ids in the session's cart that name no product any more: said, not shown as lines, never a crash. */
export async function MissingProductsNote({ ids }: { ids: number[] }) {
  if (ids.length === 0) return null;
  const [{ cart: text }, language] = await Promise.all([getMessages(), getLanguage()]);
  return (
    <p role="note" data-testid="missing-products" className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      {plural(language, ids.length, text.missing, { ids: ids.join(", ") })}
    </p>
  );
}
