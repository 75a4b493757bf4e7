export function StoreBadge({ store }: { store: string }) {
  return (
    <span
      className="inline-flex items-center gap-1.5 rounded-full border border-emerald-200 bg-emerald-50 px-2.5 py-0.5 text-xs font-medium text-emerald-800"
      title="The session store this server uses (SESSION_STORE)"
    >
      <span aria-hidden className="size-1.5 rounded-full bg-emerald-500" />
      store: <span data-testid="active-store">{store}</span>
    </span>
  );
}
