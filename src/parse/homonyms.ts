// Homonyms told apart in display: different authors sharing a display name get `Wei Wang (0032)`.
import type { Author } from "../model/types.ts";
import { foldText } from "./names.ts";

/**
 * What tells an author apart from a namesake: the part of its identity key beyond its folded
 * name (dblp's homonym number `0032` in `wei wang 0032`, an ORCID or Scopus id a source keyed it
 * by), or "" when the key is the folded name itself.
 */
export function distinguisher(author: Author): string {
  const folded = foldText(author.name);
  const key = author.id;
  if (key === folded) return "";
  if (folded !== "" && key.startsWith(`${folded} `)) return key.slice(folded.length + 1).trim();
  return key;
}

/**
 * Gives authors that share a display name distinct ones, in place, and returns how many were
 * renamed. An author whose key is just its folded name keeps the plain name; each namesake gets
 * its distinguisher in parentheses (`Wei Wang (0032)`, `Wei Wang (0086)`), and any name still
 * taken gets a running number (`Wei Wang (2)`), so no two authors share a display name. Every
 * view and export reads `name`, so they all show the disambiguated form.
 */
export function disambiguateHomonyms(authors: Author[]): number {
  const byName = new Map<string, Author[]>();
  for (const author of authors) {
    const group = byName.get(author.name);
    if (group === undefined) byName.set(author.name, [author]);
    else group.push(author);
  }
  const taken = new Set(byName.keys());
  let renamed = 0;
  for (const [name, group] of byName) {
    if (group.length < 2) continue;
    // The first author with a plain key keeps the plain name; every other one is renamed.
    const plain = group.find((a) => distinguisher(a) === "");
    for (const author of group) {
      if (author === plain) continue;
      const tag = distinguisher(author);
      let candidate = tag === "" ? "" : `${name} (${tag})`;
      for (let n = 2; candidate === "" || taken.has(candidate); n++) candidate = `${name} (${n})`;
      taken.add(candidate);
      author.name = candidate;
      renamed++;
    }
  }
  return renamed;
}

/** A display name without the `(0032)` that {@link disambiguateHomonyms} may have added. */
export function withoutDisambiguation(name: string): string {
  return name.replace(/\s\([^()]*\)$/, "");
}
