"use client";

import { useActionState } from "react";

import { FormMessage } from "@/app/ui/form-message";
import { SubmitButton } from "@/app/ui/submit-button";
import { initialFormState } from "@/lib/forms/form-state";

import { QuantityError, QuantityField } from "../cart/quantity-field";
import { addToCart } from "./actions";

/** "Add to cart" for one product: its id travels in a hidden field, its price does not travel at all. */
export function AddToCartForm({ productId, text }: { productId: number; text: { quantity: string; addToCart: string } }) {
  const [state, formAction] = useActionState(addToCart, initialFormState);
  const fieldId = `quantity-${productId}`;
  return (
    <form action={formAction} noValidate className="space-y-2">
      <input type="hidden" name="productId" value={productId} />
      <div className="flex items-end gap-3">
        <QuantityField id={fieldId} label={text.quantity} defaultValue={state.values?.quantity ?? "1"} error={state.errors?.quantity} />
        <SubmitButton>{text.addToCart}</SubmitButton>
      </div>
      <QuantityError id={fieldId} error={state.errors?.quantity} />
      <div aria-live="polite">
        <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      </div>
    </form>
  );
}
