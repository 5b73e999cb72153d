// A per-file memo of parseName: bibliographies repeat the same name strings many times.
import type { AuthorName } from "../model/types.ts";
import { parseName, type NameReader, type ParseNameOptions } from "./names.ts";

/**
 * Returns a `parseName` with fixed options that remembers each raw string it has seen (names
 * repeat: krr.bib has 8483 author mentions of 2624 strings). Create one per file parse. Called
 * with two parts, it reads `last, first` and remembers it by the two parts (no joined string to
 * build and hash per mention: an authors line's parts are looked up as they are).
 */
export function memoParseName(options: Partial<ParseNameOptions> = {}): NameReader {
  const cache = new Map<string, AuthorName | null>();
  const pairs = new Map<string, Map<string, AuthorName | null>>();
  return (raw, first) => {
    let name: AuthorName | null | undefined;
    if (first === undefined) {
      name = cache.get(raw);
      if (name === undefined) cache.set(raw, (name = parseName(raw, options)));
    } else {
      let byFirst = pairs.get(raw);
      if (byFirst === undefined) pairs.set(raw, (byFirst = new Map()));
      name = byFirst.get(first);
      if (name === undefined) byFirst.set(first, (name = parseName(`${raw}, ${first}`, options)));
    }
    return name === null ? null : { ...name };
  };
}
