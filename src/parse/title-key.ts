// Titles as duplicate detection compares them: normalized, and a 32-bit hash of the normalized form.
import { foldText } from "./names.ts";
import { fnv1a } from "./string-hash.ts";

/**
 * Normalizes a title for duplicate detection: case, diacritics and punctuation folded as in
 * author keys (`H³Fusion: Helpful, Harmless` → `h3fusion helpful harmless`). Control characters
 * and runs of spaces fold to one space like other punctuation, so a title and its display form
 * (control characters as spaces, spaces collapsed) normalize alike.
 */
export function normalizeTitle(title: string): string {
  // NFKC leaves printable ASCII (most titles) as it is.
  return foldText(/^[ -~]*$/.test(title) ? title : title.normalize("NFKC"));
}

/**
 * FNV-1a over the UTF-16 code units of a normalized title: equal titles hash alike, so a table
 * of hashes finds the candidates and only those are compared as strings.
 */
export function titleHash(normalized: string): number {
  return fnv1a(normalized) | 0;
}

/**
 * The hash of a record's normalized title, or undefined when nothing is left of the title (no
 * duplicate detection by title then). A parse worker computes it, so the merging thread need
 * not normalize every title.
 */
export function recordTitleHash(title: string): number | undefined {
  const normalized = normalizeTitle(title);
  return normalized === "" ? undefined : titleHash(normalized);
}
