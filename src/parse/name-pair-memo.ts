// parseName of the `Last, First` pairs of an authors line, remembered in a typed hash table and found straight from the line's characters.
import { GrowableInt32 } from "../model/growable.ts";
import type { AuthorName } from "../model/types.ts";
import { isPlaceholderAuthor, parseName, type ParseNameOptions } from "./names.ts";
import { withSerial } from "./name-serial.ts";
import { fnv1a, slotOfHash } from "./string-hash.ts";

const COMMA = 44;
const SPACE = 32;
const TAB = 9;
/** `\`, `{`, `}`: a line with these is split by nesting, not at every comma. */
const BACKSLASH = 92;
const OPEN = 123;
const CLOSE = 125;

export interface NamePairMemo {
  /** parseName(`${last}, ${first}`), remembered: one frozen object per pair (with a serial). */
  pair(last: string, first: string): AuthorName | null;
  /**
   * The names of an authors line, as splitAuthorList's `names` with `pair` for its pairs, when
   * the line is a plain list of pairs (no braces or backslashes, no empty or placeholder part, an
   * even number of parts) that are all names; else null (read it with splitAuthorList, which says
   * what is wrong). Pairs met before are found from the line's characters, with nothing allocated
   * but the list: a field's lines name the same authors again and again.
   */
  lineNames(line: string): AuthorName[] | null;
}

/** FNV-1a of `${last}, ${first}`, from the two parts. */
function pairHash(a: string, aFrom: number, aTo: number, b: string, bFrom: number, bTo: number) {
  return fnv1a(b, bFrom, bTo, fnv1a(", ", 0, 2, fnv1a(a, aFrom, aTo))) | 0;
}

function sameRange(stored: string, text: string, from: number, to: number): boolean {
  if (stored.length !== to - from) return false;
  for (let i = 0; i < stored.length; i++)
    if (stored.charCodeAt(i) !== text.charCodeAt(from + i)) return false;
  return true;
}

/**
 * Creates a {@link NamePairMemo} with parseName's options fixed. Pairs are keyed by their two
 * parts (which hold no comma, so the pair's raw string and its parts determine each other).
 */
export function createNamePairMemo(options: Partial<ParseNameOptions> = {}): NamePairMemo {
  /** Per slot: 1 + the entry there, or 0 (linear probing; entries of equal hashes in turn). */
  let slots = new Int32Array(1 << 12);
  const hashes = new GrowableInt32();
  const lasts: string[] = [];
  const firsts: string[] = [];
  const names: (AuthorName | null)[] = [];

  const slotOf = (hash: number) => slotOfHash(hash, slots.length - 1);
  const grow = () => {
    slots = new Int32Array(slots.length * 2);
    const mask = slots.length - 1;
    for (let x = 0; x < names.length; x++) {
      let s = slotOf(hashes.get(x));
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = x + 1;
    }
  };

  const pair = (last: string, first: string): AuthorName | null => {
    const hash = pairHash(last, 0, last.length, first, 0, first.length);
    const mask = slots.length - 1;
    let s = slotOf(hash);
    for (let at = slots[s]; at !== 0; at = slots[s]) {
      const x = at - 1;
      if (hashes.get(x) === hash && lasts[x] === last && firsts[x] === first) return names[x];
      s = (s + 1) & mask;
    }
    const parsed = parseName(`${last}, ${first}`, options);
    const name = parsed === null ? null : Object.freeze(withSerial(parsed));
    slots[s] = names.length + 1;
    hashes.push(hash);
    lasts.push(last);
    firsts.push(first);
    names.push(name);
    if (2 * names.length > slots.length) grow();
    return name;
  };

  /** The end of the part starting at `from` (a comma or the line's end), or -1 at a brace or backslash. */
  const partEnd = (line: string, from: number): number => {
    for (let i = from; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c === COMMA) return i;
      if (c === BACKSLASH || c === OPEN || c === CLOSE) return -1;
    }
    return line.length;
  };
  const blank = (c: number) => c === SPACE || c === TAB;

  const lineNames = (line: string): AuthorName[] | null => {
    const out: AuthorName[] = [];
    const mask = slots.length - 1;
    for (let from = 0; ;) {
      const aEnd = partEnd(line, from);
      if (aEnd < 0 || aEnd === line.length) return null;
      const bEnd = partEnd(line, aEnd + 1);
      if (bEnd < 0) return null;
      let a0 = from;
      let a1 = aEnd;
      let b0 = aEnd + 1;
      let b1 = bEnd;
      while (a0 < a1 && blank(line.charCodeAt(a0))) a0++;
      while (a1 > a0 && blank(line.charCodeAt(a1 - 1))) a1--;
      while (b0 < b1 && blank(line.charCodeAt(b0))) b0++;
      while (b1 > b0 && blank(line.charCodeAt(b1 - 1))) b1--;
      if (a0 === a1 || b0 === b1) return null;
      const hash = pairHash(line, a0, a1, line, b0, b1);
      let found: AuthorName | null | undefined;
      for (let s = slotOf(hash), at = slots[s]; at !== 0; s = (s + 1) & mask, at = slots[s]) {
        const x = at - 1;
        if (hashes.get(x) === hash && sameRange(lasts[x], line, a0, a1))
          if (sameRange(firsts[x], line, b0, b1)) {
            found = names[x];
            break;
          }
      }
      if (found === undefined) {
        // A pair not met before: its parts as splitAuthorList has them (trimmed of any white
        // space), unless one is a placeholder, which splitAuthorList drops before pairing.
        const last = line.slice(a0, a1).trim();
        const first = line.slice(b0, b1).trim();
        if (last === "" || first === "" || isPlaceholderAuthor(last) || isPlaceholderAuthor(first))
          return null;
        found = pair(last, first);
      }
      if (found === null) return null;
      out.push(found);
      if (bEnd === line.length) return out;
      from = bEnd + 1;
    }
  };

  return { pair, lineNames };
}
