import { expiryOf, isEmptyRecord, newRecord, type SessionTimeouts } from "./record";
import type { JsonValue, SessionData, SessionRecord } from "./store";
import type { SessionTrace, TraceStepKind } from "./trace";

/** What a session needs from the request: the store behind it, and the cookie, read and written. */
export interface SessionPersistence {
  /**
   * Writes `change` applied to the stored record: to the one in the store now where the store can
   * do that atomically, else to `read`, the record this request started from. Returns the token
   * for the cookie and the record as saved.
   */
  save(token: string | null, change: (current: SessionRecord | null) => SessionRecord, read: SessionRecord): Promise<{ token: string; record: SessionRecord }>;
  regenerate(token: string | null, record: SessionRecord): Promise<string>;
  destroy(token: string | null): Promise<void>;
}

export interface SessionOptions {
  timeouts: SessionTimeouts;
  /** Milliseconds since the epoch; tests pass their own clock to cross a timeout without waiting. */
  clock?: () => number;
  /** SESSION_BIND's hash of this client, given to every new record; undefined when binding is off. */
  binding?: string;
  /** Set when the token should be issued again even if nothing changes (sealed with an older secret). */
  rewriteDue?: boolean;
  /** The request's timeline, when recording is on: each change is noted by its key, never its value. */
  trace?: SessionTrace | null;
}

/**
 * Refreshing the idle timeout is a write (a row, or a whole new cookie). Once a minute is plenty
 * against a 30-minute timeout, and spares the store a write on every request.
 */
export const REFRESH_INTERVAL_MS = 60_000;

type Mutation = (record: SessionRecord) => void;

/**
 * A copy of a record to change, one level deep. A change only ever sets, replaces or deletes a key
 * of the record or of its data, and never edits a value inside one (set and update store values
 * of their own), so the values can stay shared with the record copied, which is never changed
 * either: the cookie store shares the records it remembers between requests. A whole deep copy per change was a
 * copy of the whole visit history on every page visit.
 */
const changeableCopy = (record: SessionRecord): SessionRecord => ({ ...record, data: { ...record.data } });

/**
 * One request's session, with Flask's vocabulary: get, set, pop, clear, permanent.
 * Changes stay in memory until save(), which only a server action, a route handler or the proxy
 * may call, because only they can send a cookie back. Each change is kept as a step, not only as
 * its result, so that save() can replay the steps on the freshest stored record: two requests of
 * one session that change it at once both count.
 */
export class Session {
  #read: SessionRecord;
  #record: SessionRecord;
  #token: string | null;
  #mutations: Mutation[] = [];
  #rewriteDue: boolean;
  readonly #clock: () => number;

  constructor(
    record: SessionRecord,
    token: string | null,
    private readonly options: SessionOptions,
    private readonly persistence: SessionPersistence,
  ) {
    this.#read = record;
    // Shared until the first change (#change copies it then): most requests only read.
    this.#record = record;
    this.#token = token;
    this.#clock = options.clock ?? Date.now;
    this.#rewriteDue = options.rewriteDue ?? false;
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
    return isEmptyRecord(this.#record);
  }

  get permanent(): boolean {
    return this.#record.permanent;
  }

  set permanent(value: boolean) {
    this.#change("permanent", undefined, (record) => {
      record.permanent = value;
    });
  }

  get createdAt(): Date {
    return new Date(this.#record.createdAt);
  }

  get lastSeenAt(): Date {
    return new Date(this.#record.lastSeenAt);
  }

  get expiresAt(): Date {
    return new Date(this.#record.expiresAt);
  }

  get(key: string): JsonValue | undefined {
    return Object.hasOwn(this.#record.data, key) ? structuredClone(this.#record.data[key]) : undefined;
  }

  /** The keys the session holds, like Flask's session.keys(), without copying their values. */
  keys(): string[] {
    return Object.keys(this.#record.data);
  }

  has(key: string): boolean {
    return Object.hasOwn(this.#record.data, key);
  }

  set(key: string, value: JsonValue): void {
    // Copied now, so a later change to the caller's value is not saved; shared by the records the
    // change is replayed on, which never edit it (changeableCopy).
    const copy = structuredClone(value);
    this.#change("set", key, (record) => {
      record.data[key] = copy;
    });
  }

  /**
   * session[key] = change(session[key]), worked out again on the stored value when saving, so that
   * fifty requests adding to one cart at once add fifty times. Returning undefined removes the key.
   */
  update(key: string, change: (current: JsonValue | undefined) => JsonValue | undefined): void {
    this.#change("update", key, (record) => {
      const next = change(Object.hasOwn(record.data, key) ? structuredClone(record.data[key]) : undefined);
      if (next === undefined) delete record.data[key];
      else record.data[key] = structuredClone(next);
    });
  }

  /** Removes one key and returns what it held, like Flask's session.pop(key, None). */
  pop(key: string): JsonValue | undefined {
    const value = this.get(key);
    this.#change("pop", key, (record) => {
      delete record.data[key];
    });
    return value;
  }

  /** Empties the session but keeps it (Flask's session.clear()); destroy() also forgets it in the store. */
  clear(): void {
    this.#change("clear", undefined, (record) => {
      record.data = {};
      record.permanent = false;
    });
  }

  /** Forgets this request's unsaved changes, as after a write the store refused. */
  discardChanges(): void {
    this.#mutations = [];
    this.#record = this.#read;
  }

  /**
   * Writes the session and its cookie. An empty session is destroyed instead, as Flask drops an
   * empty cookie. With nothing changed, it writes only to refresh the idle timeout, at most once a
   * minute.
   */
  async save(): Promise<void> {
    const now = this.#clock();
    const refreshDue = this.#token !== null && (this.#rewriteDue || now - this.#read.lastSeenAt >= REFRESH_INTERVAL_MS);
    if (this.#mutations.length === 0 && !refreshDue) return;
    if (this.isEmpty) return this.destroy();

    const mutations = [...this.#mutations];
    const read = this.#read;
    const changed = this.#record;
    // Null: nothing stored (a new session, or one ended meanwhile): start from an empty record.
    const change = (current: SessionRecord | null) => {
      // On the record this request read, the steps give what `changed` already holds (a copy of
      // its own): no need to copy and replay them again, as a store without update() asks.
      if (current === read && changed !== read) return this.#stamp(changed, now);
      const next = current ? changeableCopy(current) : newRecord(this.options.timeouts, now, this.options.binding);
      for (const mutate of mutations) mutate(next);
      return this.#stamp(next, now);
    };
    const saved = await this.persistence.save(this.#token, change, this.#read);
    this.#settle(saved.token, saved.record);
  }

  /** Keeps the data under a new id: call it whenever privilege changes (log-in), against session fixation. */
  async regenerate(): Promise<void> {
    const now = this.#clock();
    const record = this.#stamp({ ...changeableCopy(this.#record), createdAt: now, binding: this.options.binding }, now);
    if (record.binding === undefined) delete record.binding;
    const token = await this.persistence.regenerate(this.#token, record);
    this.#settle(token, record);
  }

  /** Forgets the session in the store and deletes the cookie. */
  async destroy(): Promise<void> {
    await this.persistence.destroy(this.#token);
    this.#settle(null, newRecord(this.options.timeouts, this.#clock(), this.options.binding));
  }

  #change(kind: TraceStepKind, key: string | undefined, mutate: Mutation) {
    this.options.trace?.record(kind, key === undefined ? undefined : { key });
    // #read must stay as read: save() replays the changes on the stored record, not on this copy.
    if (this.#record === this.#read) this.#record = changeableCopy(this.#read);
    mutate(this.#record);
    this.#mutations.push(mutate);
  }

  #stamp(record: SessionRecord, now: number): SessionRecord {
    record.lastSeenAt = now;
    record.expiresAt = expiryOf(record, this.options.timeouts);
    return record;
  }

  #settle(token: string | null, record: SessionRecord) {
    this.#token = token;
    this.#read = record;
    this.#record = record;
    this.#mutations = [];
    this.#rewriteDue = false;
  }
}
