import { MAX_QUANTITY } from "@/lib/shop/cart-rules";

/**
 * A quantity input with its label and error. min, max and step help a person; the server checks
 * the same rules again, because a request need not come from this page.
 */
export function QuantityField({ id, label, defaultValue, error, inline = false }: { id: string; label: string; defaultValue: string | number; error?: string; inline?: boolean }) {
  return (
    <div className={inline ? "flex items-center gap-2" : "space-y-1"}>
      <label htmlFor={id} className={`block text-sm font-medium ${inline ? "text-slate-600" : "text-slate-700"}`}>
        {label}
      </label>
      <input
        id={id}
        name="quantity"
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_QUANTITY}
        step={1}
        required
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`block ${inline ? "w-16 px-2" : "w-20 px-3"} rounded-lg border border-slate-300 bg-white py-2 text-slate-900 tabular-nums shadow-sm focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200 focus:outline-none aria-invalid:border-rose-400`}
      />
    </div>
  );
}

/** The quantity's error, placed under the row it belongs to. */
export function QuantityError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="text-sm text-rose-700">
      {error}
    </p>
  );
}
