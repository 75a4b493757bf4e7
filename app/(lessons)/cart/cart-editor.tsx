"use client";

import { useActionState } from "react";

import { FormMessage } from "@/app/ui/form-message";
import { ButtonLink, TextLink } from "@/app/ui/links";
import { RichText } from "@/app/ui/rich-text";
import { SubmitButton } from "@/app/ui/submit-button";
import { initialFormState } from "@/lib/forms/form-state";
import type { Messages } from "@/lib/i18n/catalogues/en";

import { changeCart } from "./actions";
import { QuantityError, QuantityField } from "./quantity-field";

/** A cart line as the server priced it, formatted for display. */
export interface CartLineView {
  productId: number;
  name: string;
  unitPrice: string;
  quantity: number;
  lineTotal: string;
}

export type CartEditorText = Pick<Messages["cart"], "linesLabel" | "each" | "quantity" | "update" | "remove" | "total" | "clear" | "continueShopping" | "checkOut">;

/**
 * The cart's lines with their forms. One action state for all, so a message outlives the line it
 * was about. `empty` is what to show once no line is left (rendered by the server).
 */
export function CartEditor({ lines, total, empty, text }: { lines: CartLineView[]; total: string; empty: React.ReactNode; text: CartEditorText }) {
  const [state, formAction] = useActionState(changeCart, initialFormState);

  return (
    <div className="space-y-4">
      <div aria-live="polite" data-testid="cart-message">
        <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      </div>

      {lines.length === 0 ? (
        empty
      ) : (
        <>
          <ul className="divide-y divide-slate-200 border-y border-slate-200" aria-label={text.linesLabel}>
            {lines.map((line) => {
              const field = `quantity-${line.productId}`;
              const error = state.errors?.[field];
              return (
                <li key={line.productId} className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-4 gap-y-3 py-4" data-testid="cart-line" aria-label={line.name}>
                  <div className="min-w-0">
                    <p className="font-medium text-slate-900">{line.name}</p>
                    <p className="text-sm text-slate-500">
                      <RichText text={text.each} values={{ price: <span data-testid="unit-price">{line.unitPrice}</span> }} />
                    </p>
                  </div>
                  <p className="text-right font-semibold tabular-nums text-slate-900" data-testid="line-total">
                    {line.lineTotal}
                  </p>
                  <div className="col-span-2 flex flex-wrap items-center gap-2">
                    <form action={formAction} noValidate className="flex items-center gap-2">
                      <input type="hidden" name="intent" value="update" />
                      <input type="hidden" name="productId" value={line.productId} />
                      <QuantityField id={field} label={text.quantity} defaultValue={state.values?.[field] ?? line.quantity} error={error} inline />
                      <SubmitButton variant="secondary">{text.update}</SubmitButton>
                    </form>
                    <form action={formAction}>
                      <input type="hidden" name="intent" value="remove" />
                      <input type="hidden" name="productId" value={line.productId} />
                      <SubmitButton variant="danger">{text.remove}</SubmitButton>
                    </form>
                  </div>
                  {error && (
                    <div className="col-span-2">
                      <QuantityError id={field} error={error} />
                    </div>
                  )}
                </li>
              );
            })}
          </ul>

          <div className="flex items-baseline justify-between gap-4">
            <p className="font-medium text-slate-700">{text.total}</p>
            <p className="text-xl font-semibold tabular-nums text-slate-900" data-testid="cart-total">
              {total}
            </p>
          </div>

          <div className="flex flex-wrap items-center justify-between gap-3">
            <form action={formAction}>
              <input type="hidden" name="intent" value="clear" />
              <SubmitButton variant="danger">{text.clear}</SubmitButton>
            </form>
            <div className="flex flex-wrap items-center gap-3">
              <TextLink href="/shop" className="text-sm">
                {text.continueShopping}
              </TextLink>
              <ButtonLink href="/cart/checkout">
                {text.checkOut}
              </ButtonLink>
            </div>
          </div>
        </>
      )}
    </div>
  );
}
