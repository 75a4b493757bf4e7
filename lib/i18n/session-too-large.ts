import type { SessionSizeFacts } from "@/lib/session/errors";

import type { Messages } from "./catalogues/en";
import { format } from "./format";

/** Why a save was refused for its size, in the words of where the session is kept: a cookie, or a server-side store. */
export const sessionTooLargeMessage = ({ sizeBytes, limitBytes, keptIn }: SessionSizeFacts, errors: Messages["errors"]): string =>
  format(keptIn === "cookie" ? errors.sessionTooLarge : errors.sessionTooLargeStored, { size: sizeBytes, limit: limitBytes });
