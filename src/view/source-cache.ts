// Live-source responses cached in IndexedDB by URL (without keys), so a reload does not refetch.
import type { ResponseCache } from "../sources/http.ts";

export interface SourceCacheOptions {
  database: string;
  store: string;
  /** Answers older than this are fetched again. */
  maxAgeMs: number;
}

export const DEFAULT_SOURCE_CACHE_OPTIONS: SourceCacheOptions = {
  database: "coauthor-atlas-sources",
  store: "responses",
  maxAgeMs: 7 * 24 * 3600 * 1000,
};

const done = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB request failed"));
  });

/**
 * An IndexedDB {@link ResponseCache}: bodies by public URL (the HTTP client strips `api_key` and
 * `mailto` before it asks), with the time they came. Without IndexedDB (private windows) it
 * caches nothing; a failing read or write is a miss, never an error.
 */
export function createSourceCache(
  options: Partial<SourceCacheOptions> = {},
): ResponseCache & { clear(): Promise<void> } {
  const { database, store, maxAgeMs } = { ...DEFAULT_SOURCE_CACHE_OPTIONS, ...options };
  let opened: Promise<IDBDatabase | null> | null = null;
  const open = () =>
    (opened ??= new Promise<IDBDatabase | null>((resolve) => {
      if (typeof indexedDB === "undefined") return resolve(null);
      const request = indexedDB.open(database, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(store);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(null);
      request.onblocked = () => resolve(null);
    }));
  const run = async <T>(
    mode: IDBTransactionMode,
    body: (s: IDBObjectStore) => IDBRequest<T>,
  ): Promise<T | undefined> => {
    try {
      const db = await open();
      if (!db) return undefined;
      return await done(body(db.transaction(store, mode).objectStore(store)));
    } catch {
      return undefined;
    }
  };
  return {
    async get(url) {
      const entry = (await run("readonly", (s) => s.get(url))) as
        { body: string; at: number } | undefined;
      return entry !== undefined && Date.now() - entry.at < maxAgeMs ? entry.body : undefined;
    },
    async set(url, body) {
      await run("readwrite", (s) => s.put({ body, at: Date.now() }, url));
    },
    async clear() {
      await run("readwrite", (s) => s.clear());
    },
  };
}
