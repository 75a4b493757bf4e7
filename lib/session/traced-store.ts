import type { SessionCookieJar } from "./cookie-policy";
import { SessionStoreUnavailableError } from "./errors";
import type { SessionStore } from "./store";
import type { SessionTrace } from "./trace";

/**
 * The store, timed: each load, write, new id and destroy becomes a step of the request's
 * timeline. A wrapper rather than a line in every store, so a new store is traced for free.
 * Without a recorder (recording off) the store itself comes back: nothing is added to a request.
 */
export function tracedStore(store: SessionStore, trace: SessionTrace | null): SessionStore {
  if (!trace) return store;
  const { kind } = store;
  const timed =
    <Args extends unknown[], Result>(method: (...args: Args) => Promise<Result>, after: (result: Result, since: number) => void) =>
    async (...args: Args): Promise<Result> => {
      const since = trace.now();
      try {
        const result = await method(...args);
        after(result, since);
        return result;
      } catch (error) {
        if (error instanceof SessionStoreUnavailableError) trace.record("unavailable", { store: kind }, since);
        throw error;
      }
    };
  return {
    ...store,
    load: timed(store.load, (record, since) => trace.record("read", { store: kind, result: record ? "hit" : "miss" }, since)),
    save: timed(store.save, (_, since) => trace.record("write", { store: kind, result: "save" }, since)),
    ...(store.update && { update: timed(store.update, (_, since) => trace.record("write", { store: kind, result: "update" }, since)) }),
    regenerate: timed(store.regenerate, (_, since) => trace.record("new-id", { store: kind }, since)),
    destroy: timed(store.destroy, (_, since) => trace.record("destroy", { store: kind }, since)),
  };
}

/** The cookie jar, noted: what the response's Set-Cookie says, with its attributes and size, never the value. */
export function tracedJar(jar: SessionCookieJar, trace: SessionTrace | null): SessionCookieJar {
  if (!trace) return jar;
  return {
    set(name, value, options) {
      const bytes = Buffer.byteLength(`${name}=${value}`);
      trace.record("set-cookie", { cookie: { name, bytes, maxAge: options.maxAge, httpOnly: options.httpOnly, secure: options.secure, sameSite: options.sameSite } });
      return jar.set(name, value, options);
    },
    delete(flags) {
      trace.record("delete-cookie", { cookie: { name: flags.name, bytes: 0, maxAge: 0, httpOnly: flags.httpOnly, secure: flags.secure, sameSite: flags.sameSite } });
      return jar.delete(flags);
    },
  };
}
