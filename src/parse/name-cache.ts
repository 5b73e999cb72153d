// A per-file memo of parseName: bibliographies repeat the same name strings many times.
import type { AuthorName } from "../model/types.ts";
import { parseName, type ParseNameOptions } from "./names.ts";
import { withSerial } from "./name-serial.ts";

/**
 * Returns a `parseName` with fixed options that remembers each raw string it has seen (names
 * repeat: krr.bib has 8483 author mentions of 2624 strings). Create one per file parse. Each call
 * returns a copy, which the caller may change; with `shared`, the one remembered object, frozen
 * (for parsers that hand names on as they are: no copy per mention) with a serial (name-serial.ts).
 */
export function memoParseName(
  options: Partial<ParseNameOptions> = {},
  { shared = false }: { shared?: boolean } = {},
): (raw: string) => AuthorName | null {
  const cache = new Map<string, AuthorName | null>();
  return (raw) => {
    let name = cache.get(raw);
    if (name === undefined) {
      name = parseName(raw, options);
      if (shared && name !== null) Object.freeze(withSerial(name));
      cache.set(raw, name);
    }
    return name === null || shared ? name : { ...name };
  };
}
