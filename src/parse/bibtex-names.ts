// BibTeX author fields: brace-aware splitting of `A and B and others` into single names.

/** What {@link splitBibtexAuthors} found in one `author` field. */
export interface BibtexAuthorSplit {
  /** Raw (undecoded) names in byline order, empty parts removed. */
  names: string[];
  /** True when the list ended in (or contained) `and others`, which BibTeX uses for "et al.". */
  others: boolean;
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;

/**
 * Splits a raw BibTeX name list at the word `and` (any case) surrounded by whitespace at brace
 * depth 0, as BibTeX does: `{Barnes and Noble} and Smith, J.` gives two names, and
 * `{{The STREAM Group}}` stays one. `others` parts are reported in `others`, not returned.
 */
export function splitBibtexAuthors(field: string): BibtexAuthorSplit {
  const names: string[] = [];
  let others = false;
  let depth = 0;
  let start = 0;
  const push = (raw: string): void => {
    const name = raw.replace(/\s+/g, " ").trim();
    if (name === "") return;
    if (name.toLowerCase() === "others") others = true;
    else names.push(name);
  };
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i);
    if (c === 123) depth++;
    else if (c === 125) depth = Math.max(0, depth - 1);
    else if (
      depth === 0 &&
      isSpace(c) &&
      (field.charCodeAt(i + 1) | 32) === 97 && // a
      (field.charCodeAt(i + 2) | 32) === 110 && // n
      (field.charCodeAt(i + 3) | 32) === 100 && // d
      isSpace(field.charCodeAt(i + 4))
    ) {
      push(field.slice(start, i));
      i += 4;
      start = i;
    }
  }
  push(field.slice(start));
  return { names, others };
}
