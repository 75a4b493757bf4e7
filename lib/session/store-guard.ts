import "server-only";

import { SessionStoreUnavailableError } from "./errors";
import type { SessionStore } from "./store";

/**
 * Wraps every method of a server-side store so that "the server did not answer" (told apart by
 * `isUnreachable`, which knows the driver's errors) becomes SessionStoreUnavailableError, the one
 * error the pages turn into a 503. Any other error passes through unchanged. `beforeEach`, if
 * given, runs first (the Redis store waits there for its first connection).
 */
export function reportingUnavailable(store: SessionStore, isUnreachable: (error: unknown) => boolean, beforeEach?: () => Promise<void>): SessionStore {
  const guard =
    <Args extends unknown[], Result>(method: (...args: Args) => Promise<Result>) =>
    async (...args: Args): Promise<Result> => {
      try {
        // Only when there is one: an await of nothing still costs the request a turn.
        if (beforeEach) await beforeEach();
        return await method(...args);
      } catch (error) {
        if (error instanceof SessionStoreUnavailableError || !isUnreachable(error)) throw error;
        throw new SessionStoreUnavailableError(store.kind, error);
      }
    };
  const { registry } = store;
  return {
    kind: store.kind,
    load: guard(store.load),
    save: guard(store.save),
    destroy: guard(store.destroy),
    regenerate: guard(store.regenerate),
    describe: guard(store.describe),
    ping: guard(store.ping),
    ...(store.update && { update: guard(store.update) }),
    ...(store.refusalOf && { refusalOf: guard(store.refusalOf) }),
    ...(store.needsRewrite && { needsRewrite: store.needsRewrite }),
    ...(registry && {
      registry: { list: guard(registry.list), endById: guard(registry.endById), endAllForUser: guard(registry.endAllForUser) },
    }),
  };
}
