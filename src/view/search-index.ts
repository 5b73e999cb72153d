// Author search for autocomplete: case- and accent-insensitive, ranked by match quality then score.
import { foldText } from "../parse/names.ts";

export interface SearchItem {
  id: string;
  name: string;
  /** Other spellings the author is known by. */
  variants?: readonly string[];
  /** Tie-break among equally good matches: higher first (e.g. the size metric). */
  score: number;
  /** A short note shown next to the name in suggestions, e.g. "7 papers". */
  detail?: string;
}

export interface SearchHit {
  id: string;
  name: string;
  score: number;
  detail?: string;
}

interface Entry {
  item: SearchItem;
  /** Folded name and variants. */
  keys: string[];
  /** Tokens of all keys. */
  tokens: string[];
}

export interface SearchIndex {
  entries: Entry[];
  byId: Map<string, Entry>;
}

/** Builds the index once per dataset. */
export function createSearchIndex(items: readonly SearchItem[]): SearchIndex {
  const entries = items.map((item): Entry => {
    const keys = [...new Set([item.name, ...(item.variants ?? [])].map(foldText))];
    return { item, keys, tokens: [...new Set(keys.flatMap((k) => k.split(" ")))] };
  });
  return { entries, byId: new Map(entries.map((e) => [e.item.id, e])) };
}

/** Match quality: 0 exact, 1 name prefix, 2 every query word starts a name word, 3 substring. */
function tier(entry: Entry, query: string, words: string[]): number {
  if (entry.keys.includes(query)) return 0;
  if (entry.keys.some((k) => k.startsWith(query))) return 1;
  if (words.every((w) => entry.tokens.some((t) => t.startsWith(w)))) return 2;
  if (entry.keys.some((k) => k.includes(query))) return 3;
  return -1;
}

/**
 * Authors matching `query`, best first: by match tier, then score, then name. The query is folded
 * like author keys (case, diacritics and punctuation ignored): "ling liu", "LING LIU" and
 * "Lîng-Liu" find the same people.
 */
export function searchAuthors(index: SearchIndex, query: string, limit = 8): SearchHit[] {
  const q = foldText(query);
  if (!q) return [];
  const words = q.split(" ");
  const hits: { hit: SearchHit; tier: number }[] = [];
  for (const entry of index.entries) {
    const t = tier(entry, q, words);
    if (t < 0) continue;
    const { id, name, score, detail } = entry.item;
    hits.push({
      hit: detail === undefined ? { id, name, score } : { id, name, score, detail },
      tier: t,
    });
  }
  hits.sort(
    (a, b) =>
      a.tier - b.tier ||
      b.hit.score - a.hit.score ||
      a.hit.name.localeCompare(b.hit.name) ||
      (a.hit.id < b.hit.id ? -1 : 1),
  );
  return hits.slice(0, limit).map((h) => h.hit);
}

/**
 * The author a URL or a command names: an exact id, else a name or variant equal after folding.
 * Returns undefined rather than guessing.
 */
export function resolveAuthor(index: SearchIndex, text: string): string | undefined {
  if (index.byId.has(text)) return text;
  const q = foldText(text);
  if (!q) return undefined;
  if (index.byId.has(q)) return q;
  let best: Entry | undefined;
  for (const entry of index.entries)
    if (entry.keys.includes(q) && (!best || entry.item.score > best.item.score)) best = entry;
  return best?.item.id;
}

/**
 * The one author `text` names: an identity key, else the only author whose name or variant equals
 * it after folding. Undefined when nobody, or more than one author (homonyms), has that name.
 */
export function resolveUniqueAuthor(index: SearchIndex, text: string): string | undefined {
  if (index.byId.has(text)) return text;
  const q = foldText(text);
  if (!q) return undefined;
  if (index.byId.has(q)) return q;
  let found: string | undefined;
  for (const entry of index.entries)
    if (entry.keys.includes(q)) {
      if (found !== undefined) return undefined;
      found = entry.item.id;
    }
  return found;
}
