// The shop's outcomes in the visitor's words. The rules (cart-rules.ts, place-order.ts) return
// facts; this is the one place that turns them into sentences from the message catalogue.
import type { Messages } from "@/lib/i18n/catalogues/en";
import { format } from "@/lib/i18n/format";
import { plural } from "@/lib/i18n/intl";
import type { Language } from "@/lib/preferences/schema";
import { sessionTooLargeMessage } from "@/lib/i18n/session-too-large";

import { MAX_LINES, MAX_QUANTITY, type CartChange, type CartDone, type CartProblem } from "./cart-rules";
import type { CheckoutProblem } from "./checkout";
import { productNameIn } from "./product-translations";

function doneMessage(done: CartDone, rules: Messages["cart"]["rules"]): string {
  switch (done.kind) {
    case "added":
      return format(rules.added, { quantity: done.quantity, name: done.name });
    case "updated":
      return format(rules.updated, { quantity: done.quantity, name: done.name });
    case "removed":
      return done.name === null ? rules.removedMissing : format(rules.removed, { name: done.name });
  }
}

export function cartProblemMessage(problem: CartProblem, messages: Messages, language: Language): string {
  const { rules } = messages.cart;
  switch (problem.kind) {
    case "unknown-product":
      return rules.unknownProduct;
    case "not-in-cart":
      return rules.notInCart;
    case "too-many-lines":
      return format(rules.tooManyLines, { max: MAX_LINES });
    case "line-limit":
      return format(rules.lineLimit, { max: MAX_QUANTITY, held: problem.held, name: problem.name });
    case "out-of-stock":
      return format(rules.outOfStock, { name: problem.name });
    case "short":
      return plural(language, problem.stock, problem.held > 0 ? rules.onlyInStockHeld : rules.onlyInStock, { name: problem.name, held: problem.held });
    case "session-too-large":
      return sessionTooLargeMessage(problem, messages.errors);
  }
}

/** The confirmation of a change to the cart, or why it was refused. */
export function cartChangeMessage(change: CartChange, messages: Messages, language: Language): string {
  return change.ok ? doneMessage(change.done, messages.cart.rules) : cartProblemMessage(change.problem, messages, language);
}

/** Why the checkout placed no order. */
export function checkoutProblemMessage(problem: CheckoutProblem, messages: Messages, language: Language): string {
  switch (problem.kind) {
    case "empty":
      return messages.cart.empty;
    case "stale":
      return messages.checkout.stale;
    case "short": {
      const { stock, wanted } = problem.shortage;
      const name = productNameIn(language, problem.shortage);
      return stock === 0 ? format(messages.checkout.soldOut, { name }) : plural(language, stock, messages.checkout.short, { name, wanted });
    }
  }
}
