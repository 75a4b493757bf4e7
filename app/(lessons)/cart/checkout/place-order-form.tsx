"use client";

import { useActionState } from "react";

import { FormMessage } from "@/app/ui/form-message";
import { RichText } from "@/app/ui/rich-text";
import { SubmitButton } from "@/app/ui/submit-button";
import { initialFormState } from "@/lib/forms/form-state";

import { placeOrder } from "./actions";

/** The button is disabled while the order is placed; the server refuses a second order anyway. */
export function PlaceOrderForm({ seenOrderId, total, text }: { seenOrderId: number; total: string; text: { youPay: string; placeOrder: string } }) {
  const [state, formAction] = useActionState(placeOrder, initialFormState);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="seenOrderId" value={seenOrderId} />
      <div aria-live="polite" data-testid="checkout-message">
        <FormMessage tone="error" message={state.message} />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-600">
          <RichText text={text.youPay} values={{ total: <strong className="tabular-nums text-slate-900">{total}</strong> }} />
        </p>
        <SubmitButton>{text.placeOrder}</SubmitButton>
      </div>
    </form>
  );
}
