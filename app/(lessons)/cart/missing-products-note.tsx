/** Ids in the session's cart that name no product any more: said, not shown as lines, never a crash. */
export function MissingProductsNote({ ids }: { ids: number[] }) {
  if (ids.length === 0) return null;
  const one = ids.length === 1;
  return (
    <p role="note" data-testid="missing-products" className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      {one ? "One product" : `${ids.length} products`} in your cart {one ? "is" : "are"} no longer sold, so {one ? "it is" : "they are"} left out
      (product {one ? "id" : "ids"} {ids.join(", ")}). The cart forgets {one ? "it" : "them"} the next time it changes.
    </p>
  );
}
