// IndexedDB glue: keeps the explorer's saved state (one record) between visits.
import { parseSavedState, serializeSavedState, type SavedState } from "./saved-state.ts";

/** Where the saved state lives. */
export interface StateStore {
  /** The saved state, or null when none (or when it cannot be read). */
  load(): Promise<SavedState | null>;
  save(state: SavedState): Promise<void>;
  /** Empties the store. */
  clear(): Promise<void>;
}

export interface IndexedDbStoreOptions {
  database: string;
  store: string;
  key: string;
}

export const DEFAULT_INDEXED_DB_STORE_OPTIONS: IndexedDbStoreOptions = {
  database: "coauthor-atlas",
  store: "state",
  key: "explorer",
};

const done = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB request failed"));
  });

/**
 * A store in IndexedDB (the state as one JSON string). Without IndexedDB (private modes, old
 * browsers) loads return null and saves do nothing.
 */
export function createIndexedDbStore(options: Partial<IndexedDbStoreOptions> = {}): StateStore {
  const { database, store, key } = { ...DEFAULT_INDEXED_DB_STORE_OPTIONS, ...options };
  let opened: Promise<IDBDatabase | null> | null = null;
  const open = () => {
    opened ??= new Promise<IDBDatabase | null>((resolve) => {
      if (typeof indexedDB === "undefined") return resolve(null);
      const request = indexedDB.open(database, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(store);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(null);
      request.onblocked = () => resolve(null);
    });
    return opened;
  };
  const run = async <T>(
    mode: IDBTransactionMode,
    body: (s: IDBObjectStore) => IDBRequest<T>,
  ): Promise<T | undefined> => {
    const db = await open();
    if (!db) return undefined;
    const tx = db.transaction(store, mode);
    const complete = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
      tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
    });
    const [result] = await Promise.all([done(body(tx.objectStore(store))), complete]);
    return result;
  };
  return {
    async load() {
      const text = await run("readonly", (s) => s.get(key) as IDBRequest<unknown>);
      if (typeof text !== "string") return null;
      return parseSavedState(text);
    },
    async save(state) {
      await run("readwrite", (s) => s.put(serializeSavedState(state), key));
    },
    async clear() {
      await run("readwrite", (s) => s.clear());
    },
  };
}
