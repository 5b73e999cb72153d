// Person names: split `Last, Jr, First`, decode to a `First Last` display form, identity keys, placeholders.
import type { AuthorName } from "../model/types.ts";
import { decodeLatex } from "./latex.ts";

/** The parts of a `Last, First` or `Last, Jr, First` name (raw, not decoded). */
export interface NameParts {
  last: string;
  first: string;
  jr: string;
}

export interface ParseNameOptions {
  /** Treat a trailing 4-digit group (`Thomas Seidl 0001`) as a dblp homonym number. */
  homonymNumbers: boolean;
  /** Decode LaTeX markup in the name. */
  latex: boolean;
}

export const DEFAULT_PARSE_NAME_OPTIONS: ParseNameOptions = { homonymNumbers: true, latex: true };

/** Letters that carry no combining mark under NFD but have a plain Latin folding. */
const FOLD_LETTERS: Record<string, string> = {
  ø: "o",
  ł: "l",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
  ȷ: "j",
  ŋ: "n",
  ħ: "h",
};

const PLACEHOLDERS = new Set([
  "others",
  "and others",
  "et al",
  "etal",
  "et alii",
  "anonymous",
  "anonymous author",
  "anonymous authors",
  "anon",
  "n n",
  "nn",
  "n n n",
  "unknown",
  "unknown author",
  "unknown authors",
  "author unknown",
  "no author name available",
  "no author",
  "no authors",
  "not available",
]);

/**
 * Splits a name at its top-level commas (commas inside `{…}` do not count):
 * `Last, First` → {last, first}; `Last, Jr, First` → {last, jr, first}; no comma → {first: s}.
 * Parts are trimmed and not decoded. Commas after the second are kept inside `first`.
 */
export function splitLastFirst(s: string): NameParts {
  const parts = splitTopLevel(s, ",").map((p) => p.trim());
  if (parts.length === 1) return { last: "", first: parts[0], jr: "" };
  if (parts.length === 2) return { last: parts[0], first: parts[1], jr: "" };
  return { last: parts[0], jr: parts[1], first: parts.slice(2).join(", ") };
}

/** Characters that make {@link splitTopLevel} look at nesting. */
const HAS_GROUPING = /[\\{}]/;

/** Splits `s` at `separator` characters that are not inside braces. */
export function splitTopLevel(s: string, separator: string): string[] {
  // No braces and no backslash (most lines): a plain split.
  if (!HAS_GROUPING.test(s)) return s.split(separator);
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") i++;
    else if (c === "{") depth++;
    else if (c === "}") depth = Math.max(0, depth - 1);
    else if (c === separator && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

/** Joins decoded name parts as `First Last Jr`: NFC, whitespace collapsed. */
export function displayName(parts: NameParts): string {
  return [parts.first, parts.last, parts.jr]
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p !== "")
    .join(" ")
    .normalize("NFC");
}

/**
 * Identity key of a display name: NFD with combining marks removed, special letters folded
 * (ø → o, ß → ss, ł → l), lower case, apostrophes removed, other punctuation turned into spaces,
 * whitespace collapsed. `Jana Novák` and `Jana Novak` share a key; so do `Jean-Jacques` and
 * `Jean Jacques`, `D.E. Porter` and `D. E. Porter`.
 */
export function authorKey(display: string): string {
  return foldText(display);
}

/** The letters of {@link FOLD_LETTERS}, for one regex pass. */
const FOLD_LETTER = new RegExp(`[${Object.keys(FOLD_LETTERS).join("")}]`, "g");
/** Printable ASCII (control characters take the general path, which folds them the same). */
const ASCII_ONLY = /^[ -~]*$/;
const COMBINING_MARKS = /\p{M}+/gu;

/**
 * The folding behind {@link authorKey}, shared with title normalization. Printable ASCII text
 * (most names and titles) skips the Unicode steps: NFD, mark removal and letter folding change nothing
 * there, and `[^a-z0-9]` is `[^\p{L}\p{N}]` once it is lower case.
 */
export function foldText(text: string): string {
  if (ASCII_ONLY.test(text))
    return text
      .toLowerCase()
      .replace(/['`]/g, "")
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(FOLD_LETTER, (ch) => FOLD_LETTERS[ch])
    .replace(/['’‘ʼ`´]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Removes a dblp homonym number (`Thomas Seidl 0001` → `Thomas Seidl`, number `0001`).
 * dblp gives homonyms a 4-digit suffix; it names a distinct person, so keys keep it.
 */
export function stripHomonymNumber(name: string): { name: string; number?: string } {
  const match = /^(.*\S)\s+(\d{4})$/.exec(name.trim());
  if (!match) return { name: name.trim() };
  return { name: match[1], number: match[2] };
}

/**
 * True for placeholder authors that name nobody: `others`, `and others`, `et al.`, `et al`,
 * `Anonymous`, `Anon.`, `N. N.`, `NN`, `Unknown`, Scopus's `[No author name available]` (any
 * case, LaTeX, brackets and braces allowed).
 */
export function isPlaceholderAuthor(name: string): boolean {
  if (cannotFoldToPlaceholder(name)) return false;
  return PLACEHOLDERS.has(foldText(decodeLatex(name)));
}

/** Letters and digits of the longest placeholder (`no author name available`: 21). */
const MAX_PLACEHOLDER_ALNUM = Math.max(...[...PLACEHOLDERS].map((p) => p.replace(/ /g, "").length));
/** Folded first letters of the placeholders (`o`thers, `a`nonymous, `e`t al, `n`n, `u`nknown). */
const PLACEHOLDER_INITIALS = new Uint8Array(128);
for (const p of PLACEHOLDERS) PLACEHOLDER_INITIALS[p.charCodeAt(0)] = 1;

/**
 * True when `name` is plain printable ASCII without LaTeX markup (so decoding and folding keep
 * its letters and digits, lower-cased, and drop the rest) and its first letter or digit is no
 * placeholder's, or it has more letters and digits than any placeholder: then it folds to no
 * placeholder. A fast exit for the common name part and for prose; anything else takes the full path.
 */
function cannotFoldToPlaceholder(name: string): boolean {
  let alnum = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    // Outside printable ASCII, or LaTeX markup (\\ { } $ ~, and -- `` '' pairs): the full path.
    if (c < 0x20 || c > 0x7e || c === 0x5c || c === 0x7b || c === 0x7d || c === 0x24 || c === 0x7e)
      return false;
    if ((c === 0x2d || c === 0x60 || c === 0x27) && name.charCodeAt(i + 1) === c) return false;
    const lower = c | 0x20;
    const letter = lower >= 0x61 && lower <= 0x7a;
    if (!letter && !(c >= 0x30 && c <= 0x39)) continue;
    if (alnum === 0 && PLACEHOLDER_INITIALS[letter ? lower : c] === 0) return true;
    if (++alnum > MAX_PLACEHOLDER_ALNUM) return true;
  }
  return false;
}

/**
 * Control characters (C0, DEL, C1), the noncharacters U+FFFE/U+FFFF and unpaired surrogates:
 * nothing a name is written with, and nothing XML can carry.
 */
const UNWRITABLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text with {@link UNWRITABLE} characters turned into spaces (tabs and line breaks included, or
 * kept with `keepLineBreaks`, for abstracts). Text without any is returned as it is.
 */
export function withoutControlCharacters(text: string, keepLineBreaks = false): string {
  UNWRITABLE.lastIndex = 0;
  if (!UNWRITABLE.test(text)) return text;
  return text.replace(UNWRITABLE, (c) => (keepLineBreaks && /[\t\n\r]/.test(c) ? c : " "));
}

/** Removes characters that must never reach a displayed name. */
function cleanPart(raw: string, latex: boolean): string {
  const decoded = latex ? decodeLatex(raw) : raw;
  return withoutControlCharacters(decoded)
    .replace(/[{}\\]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * One word of ASCII letters, a comma and a space, one word: no LaTeX, particle, number or spacing
 * for parseName to read, so the display name is `First Last` and the key its lower case.
 */
const PLAIN_PAIR = /^([A-Za-z]+), ([A-Za-z]+)$/;

/**
 * Parses one person name written `Last, First`, `Last, Jr, First` or `First Last` into its display
 * form (`First Last Jr`, NFC, LaTeX decoded, particles kept: `van der Aalst, Wil` → `Wil van der
 * Aalst`) and identity key. A dblp homonym number is dropped from the display and kept in the key.
 * Returns null for an empty name or a placeholder (check {@link isPlaceholderAuthor} to tell which).
 */
export function parseName(raw: string, options: Partial<ParseNameOptions> = {}): AuthorName | null {
  if (raw.trim() === "" || isPlaceholderAuthor(raw)) return null;
  // `Last, First` of ASCII letters (most of a field's names): what the steps below make of it.
  const plain = PLAIN_PAIR.exec(raw);
  if (plain !== null) {
    const name = `${plain[2]} ${plain[1]}`;
    return isPlaceholderAuthor(name) ? null : { name, key: name.toLowerCase() };
  }
  const { homonymNumbers, latex } = { ...DEFAULT_PARSE_NAME_OPTIONS, ...options };
  const split = splitLastFirst(raw);
  const parts: NameParts = {
    last: cleanPart(split.last, latex),
    first: cleanPart(split.first, latex),
    jr: cleanPart(split.jr, latex),
  };
  let number: string | undefined;
  if (homonymNumbers) {
    // The number ends the whole name: `Seidl 0001, Thomas` or `Thomas Seidl 0001`.
    const target = parts.last !== "" ? "last" : "first";
    const stripped = stripHomonymNumber(parts[target]);
    if (stripped.number !== undefined) {
      parts[target] = stripped.name;
      number = stripped.number;
    }
  }
  const name = displayName(parts);
  if (name === "" || isPlaceholderAuthor(name)) return null;
  const key = authorKey(number === undefined ? name : `${name} ${number}`);
  if (key === "") return null;
  return { name, key };
}

/** What {@link splitAuthorList} found in one `Last, First, Last, First, …` line. */
export interface AuthorListResult {
  names: AuthorName[];
  /** Placeholder parts that were dropped (`others`, `et al.`). */
  placeholders: string[];
  /** Why the line was not a clean list of pairs, if it was not. */
  problem?: string;
}

/**
 * Reads an authors line `Last, First, Last, First, …` (the profile format). Empty parts are
 * ignored; placeholder parts (`others`, `et al.`, `Anonymous`) are removed before pairing, since
 * they stand alone and would shift every later pair. With an odd number of parts left, the trailing
 * lone part becomes an author with only a last name and `problem` says so. `nameOf` reads each
 * name (a memo of parseName with the same options, say), `pairOf` each pair (`nameOf` of
 * `Last, First` unless given: parse/name-pair-memo.ts remembers pairs by their parts).
 */
export function splitAuthorList(
  line: string,
  options: Partial<ParseNameOptions> = {},
  nameOf: (raw: string) => AuthorName | null = (raw) => parseName(raw, options),
  pairOf: (last: string, first: string) => AuthorName | null = (last, first) =>
    nameOf(`${last}, ${first}`),
): AuthorListResult {
  const raw = splitTopLevel(line, ",").map((p) => p.trim());
  const problems: string[] = [];
  const placeholders: string[] = [];
  let emptyInside = 0;
  const parts: string[] = [];
  raw.forEach((p, i) => {
    if (p === "") {
      if (i < raw.length - 1) emptyInside++;
    } else if (isPlaceholderAuthor(p)) placeholders.push(p);
    else parts.push(p);
  });
  if (placeholders.length > 0)
    problems.push(
      `placeholder author${placeholders.length > 1 ? "s" : ""} ${placeholders.map((p) => `"${p}"`).join(", ")} dropped`,
    );
  if (emptyInside > 0)
    problems.push(`${emptyInside} empty name part${emptyInside > 1 ? "s" : ""} ignored`);
  const names: AuthorName[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const name = pairOf(parts[i], parts[i + 1]);
    if (name) names.push(name);
    else placeholders.push(`${parts[i]}, ${parts[i + 1]}`);
  }
  if (parts.length % 2 === 1) {
    const lone = parts[parts.length - 1];
    const name = nameOf(lone);
    if (name) names.push(name);
    problems.push(`odd number of name parts (${parts.length}); "${lone}" read as a last name only`);
  }
  const result: AuthorListResult = { names, placeholders };
  if (problems.length > 0) result.problem = problems.join("; ");
  return result;
}
