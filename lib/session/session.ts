import type { JsonValue, SessionData, SessionRecord } from "./store";

/** What a session needs from the request: the cookie, read and written. */
export interface SessionPersistence {
  /** Stores the record under the token (null: new) and returns the token for the cookie. */
  save(token: string | null, record: SessionRecord): Promise<string>;
  regenerate(token: string | null, record: SessionRecord): Promise<string>;
  destroy(token: string | null): Promise<void>;
}

/**
 * One request's session, with Flask's vocabulary: get, set, pop, clear, permanent.
 * Changes stay in memory until save(), which only a server action or route handler may
 * call, because only they can send a cookie back.
 */
export class Session {
  #record: SessionRecord;
  #token: string | null;

  constructor(
    record: SessionRecord,
    token: string | null,
    private readonly ttlSeconds: number,
    private readonly persistence: SessionPersistence,
  ) {
    this.#record = record;
    this.#token = token;
  }

  /** A copy of everything the session holds, as the server decoded it. */
  get data(): SessionData {
    return structuredClone(this.#record.data);
  }

  /** True when the browser sent no valid session (nothing stored yet, expired, or tampered with). */
  get isNew(): boolean {
    return this.#token === null;
  }

  get isEmpty(): boolean {
    return Object.keys(this.#record.data).length === 0 && !this.#record.permanent;
  }

  get permanent(): boolean {
    return this.#record.permanent;
  }

  set permanent(value: boolean) {
    this.#record.permanent = value;
  }

  get createdAt(): Date {
    return new Date(this.#record.createdAt);
  }

  get expiresAt(): Date {
    return new Date(this.#record.expiresAt);
  }

  get(key: string): JsonValue | undefined {
    return Object.hasOwn(this.#record.data, key) ? structuredClone(this.#record.data[key]) : undefined;
  }

  has(key: string): boolean {
    return Object.hasOwn(this.#record.data, key);
  }

  set(key: string, value: JsonValue): void {
    this.#record.data[key] = structuredClone(value);
  }

  /** Removes one key and returns what it held, like Flask's session.pop(key, None). */
  pop(key: string): JsonValue | undefined {
    const value = this.get(key);
    delete this.#record.data[key];
    return value;
  }

  /** Empties the session but keeps it (Flask's session.clear()); destroy() also forgets it in the store. */
  clear(): void {
    this.#record.data = {};
    this.#record.permanent = false;
  }

  /** Writes the session and its cookie. An empty session is destroyed instead, as Flask drops an empty cookie. */
  async save(): Promise<void> {
    if (this.isEmpty) return this.destroy();
    this.#slideExpiry();
    this.#token = await this.persistence.save(this.#token, this.#record);
  }

  /** Keeps the data under a new id: call it whenever privilege changes (log-in), against session fixation. */
  async regenerate(): Promise<void> {
    this.#slideExpiry();
    this.#record.createdAt = Date.now();
    this.#token = await this.persistence.regenerate(this.#token, this.#record);
  }

  /** Forgets the session in the store and deletes the cookie. */
  async destroy(): Promise<void> {
    await this.persistence.destroy(this.#token);
    this.#token = null;
    this.#record.data = {};
    this.#record.permanent = false;
  }

  #slideExpiry() {
    const now = Date.now();
    this.#record.lastSeenAt = now;
    this.#record.expiresAt = now + this.ttlSeconds * 1000;
  }
}
