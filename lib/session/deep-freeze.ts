/**
 * Freezes a JSON value and everything inside it. A record shared between requests (the cookie
 * store's cache of opened seals) is frozen so that a change made to it by mistake throws a
 * TypeError at once, instead of quietly showing up in another request's session.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
