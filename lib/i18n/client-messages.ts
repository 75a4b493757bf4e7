// The few words client components show, picked from the visitor's catalogue on the server. The
// root layout hands these, and only these, to the browser: a client component that imported a
// catalogue would ship every lesson's text, in every language it imported, to every page.
import type { Messages } from "./catalogues/en";

export interface ClientMessages {
  /** A submit button's label while its form's action runs. */
  working: string;
  /** The error page (app/error.tsx), which renders in the browser. */
  errors: Pick<Messages["errors"], "errorEyebrow" | "errorTitle" | "errorText" | "errorReference" | "tryAgain" | "home" | "unavailableEyebrow" | "unavailableTitle" | "unavailableText">;
}

export function clientMessages({ common, errors }: Messages): ClientMessages {
  return {
    working: common.working,
    errors: {
      errorEyebrow: errors.errorEyebrow,
      errorTitle: errors.errorTitle,
      errorText: errors.errorText,
      errorReference: errors.errorReference,
      tryAgain: errors.tryAgain,
      home: errors.home,
      unavailableEyebrow: errors.unavailableEyebrow,
      unavailableTitle: errors.unavailableTitle,
      unavailableText: errors.unavailableText,
    },
  };
}
