// Author identifiers (ORCID, Scopus id, ResearcherID, dblp pid, OpenAlex): normalizing, keying authors, and one file's resolution.
import type { AuthorIds, AuthorName, PaperRecord } from "../model/types.ts";
import { authorKey } from "./names.ts";

/** Identifier kinds, strongest first: the first one an author has becomes its identity key. */
export const AUTHOR_ID_KINDS = ["orcid", "scopus", "researcherid", "openalex", "dblp"] as const;
export type AuthorIdKind = (typeof AUTHOR_ID_KINDS)[number];

/** True when `ids` holds at least one identifier. */
export function hasIds(ids: AuthorIds | undefined): ids is AuthorIds {
  return ids !== undefined && AUTHOR_ID_KINDS.some((k) => ids[k] !== undefined);
}

/** ISO 7064 MOD 11-2 check character of an ORCID's first 15 digits. */
function orcidCheck(digits: string): string {
  let total = 0;
  for (const d of digits) total = (total + Number(d)) * 2;
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? "X" : String(result);
}

/**
 * An ORCID iD in its canonical form `0000-0002-1825-0097`, from that form, without hyphens, or
 * as an `https://orcid.org/…` URL; undefined when it is not one (wrong length or check digit).
 */
export function normalizeOrcid(raw: string): string | undefined {
  const bare = raw
    .trim()
    .replace(/^(?:https?:\/\/)?(?:www\.)?orcid\.org\//i, "")
    .replace(/[\s-]/g, "")
    .toUpperCase();
  if (!/^\d{15}[\dX]$/.test(bare) || orcidCheck(bare.slice(0, 15)) !== bare[15]) return undefined;
  return bare.replace(/^(.{4})(.{4})(.{4})(.{4})$/, "$1-$2-$3-$4");
}

/** A Scopus author id (digits only, 6–15 of them), else undefined. */
export function normalizeScopusId(raw: string): string | undefined {
  const id = raw.trim();
  return /^\d{6,15}$/.test(id) ? id : undefined;
}

/** A Web of Science ResearcherID (`H-2769-2012`, `AAU-7221-2020`), upper case, else undefined. */
export function normalizeResearcherId(raw: string): string | undefined {
  const id = raw.trim().toUpperCase();
  return /^[A-Z]{1,4}-\d{4}-\d{4}$/.test(id) ? id : undefined;
}

/** The identity tokens of `ids`, strongest first: `orcid:0000-…`, `scopus:…`. */
export function idTokens(ids: AuthorIds | undefined): string[] {
  if (ids === undefined) return [];
  const tokens: string[] = [];
  for (const kind of AUTHOR_ID_KINDS) {
    const value = ids[kind];
    if (value !== undefined) tokens.push(`${kind}:${value}`);
  }
  return tokens;
}

/**
 * The author keyed by its strongest identifier (`orcid:0000-0002-1825-0097`) with `ids` attached;
 * the author unchanged when `ids` is empty.
 */
export function withIds(author: AuthorName, ids: AuthorIds): AuthorName {
  const tokens = idTokens(ids);
  if (tokens.length === 0) return author;
  return { name: author.name, key: tokens[0], ids: { ...ids } };
}

/** Copies into `target` the kinds of `source` that `target` lacks. */
export function mergeIds(target: AuthorIds, source: AuthorIds | undefined): void {
  if (source === undefined) return;
  for (const kind of AUTHOR_ID_KINDS)
    if (target[kind] === undefined && source[kind] !== undefined) target[kind] = source[kind];
}

/** True when the two give different identifiers of one kind (two ORCIDs): two people. */
export function idsConflict(a: AuthorIds | undefined, b: AuthorIds | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return AUTHOR_ID_KINDS.some((k) => a[k] !== undefined && b[k] !== undefined && a[k] !== b[k]);
}

/**
 * Takes back an identifier the source gave to two differently named authors of one byline (a
 * data error: PubMed lists one ORCID on two coauthors), since they are two people; the authors
 * keep their names, keyed by name again (or by another identifier they have). Returns the byline
 * and the identifiers taken back with the names that shared them.
 */
export function dropSharedIds(authors: readonly AuthorName[]): {
  authors: AuthorName[];
  dropped: { token: string; names: string[] }[];
} {
  const holders = new Map<string, AuthorName[]>();
  for (const a of authors)
    for (const token of idTokens(a.ids)) {
      const list = holders.get(token);
      if (list === undefined) holders.set(token, [a]);
      else list.push(a);
    }
  const bad = new Map<string, string[]>();
  for (const [token, list] of holders) {
    const names = [...new Set(list.map((a) => authorKey(a.name)))];
    if (names.length > 1) bad.set(token, [...new Set(list.map((a) => a.name))]);
  }
  if (bad.size === 0) return { authors: [...authors], dropped: [] };
  const out = authors.map((a) => {
    const tokens = idTokens(a.ids);
    if (!tokens.some((t) => bad.has(t))) return a;
    const ids: AuthorIds = {};
    for (const kind of AUTHOR_ID_KINDS) {
      const value = a.ids?.[kind];
      if (value !== undefined && !bad.has(`${kind}:${value}`)) ids[kind] = value;
    }
    return hasIds(ids) ? withIds(a, ids) : { name: a.name, key: authorKey(a.name) };
  });
  return { authors: out, dropped: [...bad].map(([token, names]) => ({ token, names })) };
}

/**
 * Within one file, gives an author written without identifier the identifier of the one person
 * of the file with that name: Web of Science lists an ORCID on some records of a person and not on
 * others, PubMed on some bylines. A name (its folded key) that goes with two different people
 * (two ORCIDs) is left alone, and so are names no identifier goes with. Authors with identifiers
 * that share one (an ORCID here, the same ORCID plus a ResearcherID there) are one person, keyed
 * by its strongest identifier and carrying all of them. Changes the records in place; returns how
 * many author mentions written without identifier got one.
 */
export function resolveIdsWithinFile(records: readonly PaperRecord[]): number {
  // Union-find over identity tokens: mentions sharing a token are one person.
  const parent = new Map<string, string>();
  const find = (t: string): string => {
    let root = t;
    for (let p = parent.get(root); p !== undefined && p !== root; p = parent.get(root)) root = p;
    parent.set(t, root);
    return root;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  const keyed: AuthorName[] = [];
  for (const record of records)
    for (const author of record.authors) {
      const tokens = idTokens(author.ids);
      if (tokens.length === 0) continue;
      keyed.push(author);
      for (const t of tokens) {
        if (!parent.has(t)) parent.set(t, t);
        union(tokens[0], t);
      }
    }
  if (keyed.length === 0) return 0;
  /** Each person (root token): every identifier met for it. */
  const people = new Map<string, AuthorIds>();
  for (const author of keyed) {
    const root = find(idTokens(author.ids)[0]);
    const ids = people.get(root);
    if (ids === undefined) people.set(root, { ...author.ids });
    else mergeIds(ids, author.ids);
  }
  /** Name key → the person, or null when two people share the name. */
  const byName = new Map<string, string | null>();
  for (const author of keyed) {
    const name = authorKey(author.name);
    const root = find(idTokens(author.ids)[0]);
    const seen = byName.get(name);
    if (seen === undefined) byName.set(name, root);
    else if (seen !== root) byName.set(name, null);
  }
  let adopted = 0;
  for (const record of records)
    record.authors.forEach((author, i) => {
      let root: string | null | undefined;
      if (author.ids !== undefined) root = find(idTokens(author.ids)[0]);
      else {
        root = byName.get(author.key);
        if (root === undefined || root === null) return;
        adopted++;
      }
      const ids = people.get(root) as AuthorIds;
      record.authors[i] = { name: author.name, key: idTokens(ids)[0], ids: { ...ids } };
    });
  return adopted;
}
