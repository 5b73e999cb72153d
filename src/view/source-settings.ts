// The user's OpenAlex key and e-mail for live sources: kept in this browser only (localStorage).

/** What the import dialog sends with its requests. */
export interface SourceCredentials {
  mailto?: string;
  openalexKey?: string;
}

const KEYS = {
  mailto: "coauthor-atlas.sources.mailto",
  openalexKey: "coauthor-atlas.sources.openalex-key",
};

/** A `Storage`-like store (localStorage in the page; a map in tests). */
export type KeyValueStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;

function storage(): KeyValueStore | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: nothing is kept
  }
}

/** The saved e-mail and key (absent ones left out). */
export function loadCredentials(store: KeyValueStore | null = storage()): SourceCredentials {
  const out: SourceCredentials = {};
  const mailto = store?.getItem(KEYS.mailto);
  const key = store?.getItem(KEYS.openalexKey);
  if (mailto) out.mailto = mailto;
  if (key) out.openalexKey = key;
  return out;
}

/** Saves the e-mail and key (an empty one is removed). Never written anywhere else. */
export function saveCredentials(
  credentials: SourceCredentials,
  store: KeyValueStore | null = storage(),
): void {
  for (const name of ["mailto", "openalexKey"] as const) {
    const value = credentials[name]?.trim();
    if (value) store?.setItem(KEYS[name], value);
    else store?.removeItem(KEYS[name]);
  }
}

/** Forgets both. */
export function forgetCredentials(store: KeyValueStore | null = storage()): void {
  store?.removeItem(KEYS.mailto);
  store?.removeItem(KEYS.openalexKey);
}
