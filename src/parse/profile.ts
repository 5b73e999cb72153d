// The plain-text profile format: owner line, then title / authors / abstract records, read with resync.
import type { AuthorName, PaperRecord, ParseResult, Warning } from "../model/types.ts";
import type { FormatParser, ParseOptions } from "./format-parser.ts";
import { decodeLatex } from "./latex.ts";
import { isPlaceholderAuthor, parseName, splitAuthorList, splitTopLevel } from "./names.ts";

/** Score from {@link looksLikeAuthorsLine} at or above which a line is taken as an authors line. */
export const AUTHORS_LINE_THRESHOLD = 0.75;

/** Lower-case name particles and suffixes allowed inside a name part. */
const PARTICLES = new Set([
  "van",
  "von",
  "der",
  "den",
  "de",
  "del",
  "della",
  "dei",
  "di",
  "da",
  "das",
  "dos",
  "do",
  "du",
  "la",
  "le",
  "lo",
  "ten",
  "ter",
  "zu",
  "zur",
  "y",
  "e",
  "bin",
  "ibn",
  "al",
  "el",
  "af",
  "av",
  "st",
  "jr",
  "jr.",
  "sr",
  "sr.",
]);

/** A word that can be part of a person's name: capitalized, an initial, a particle, or uncased. */
function isNameWord(word: string): boolean {
  if (PARTICLES.has(word)) return true;
  if (/^(?:al|el|d|l)['’-]\p{Lu}/u.test(word)) return true; // al-Khwarizmi, d'Alembert
  return /^[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*$/u.test(word);
}

/** 1 when a comma-separated part looks like (half of) a person's name, else 0. */
function namePartScore(part: string): number {
  const decoded = decodeLatex(part);
  if (decoded === "") return 0;
  if (isPlaceholderAuthor(decoded)) return 1;
  if (decoded.length > 40) return 0;
  const words = decoded.split(" ");
  if (words.length > 1 && /^\d{4}$/.test(words[words.length - 1])) words.pop(); // dblp homonym
  if (words.length > 5) return 0;
  return words.every(isNameWord) ? 1 : 0;
}

/**
 * How much a line looks like an authors line `Last, First, Last, First, …`, from 0 to 1: the share
 * of its comma-separated parts that look like name halves (1–5 capitalized words, initials or
 * particles, at most 40 characters), halved when the line holds characters names do not
 * (digits other than dblp homonym numbers, `:;!?()[]$=<>@#%*|/`). Prose with commas scores low because its parts hold lower-case
 * words; a title scores 0 unless it is a comma list of capitalized words. A lone placeholder
 * (`Anonymous`) scores 1; any other single part scores 0.
 */
export function looksLikeAuthorsLine(line: string): number {
  const parts = splitTopLevel(line, ",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length === 0) return 0;
  if (parts.length === 1) return isPlaceholderAuthor(parts[0]) ? 1 : 0;
  let named = 0;
  for (const part of parts) named += namePartScore(part);
  const score = named / parts.length;
  // dblp homonym numbers (`Seidl 0001, Thomas`) are the only digits a name may hold.
  const rest = line.replace(/\s\d{4}(?=\s*(?:,|$))/g, "");
  return /[0-9:;!?()[\]$=<>@#%*|/]/.test(rest) ? score / 2 : score;
}

/**
 * True for a line that reads as running prose (an abstract): at least 25 words, or a sentence
 * break (a word of two or more lower-case letters, `.`, `!` or `?`, then a capital).
 */
export function looksLikeProse(line: string): boolean {
  if (line.split(/\s+/).length >= 25) return true;
  return /\p{Ll}{2}[.!?]\s+\p{Lu}/u.test(line);
}

/** A non-blank line with its 1-based number. */
interface Line {
  text: string;
  line: number;
}

/** Splits on LF, CRLF or CR after removing a BOM; trims each line; drops blank lines. */
function nonBlankLines(text: string): Line[] {
  const lines: Line[] = [];
  text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .forEach((raw, i) => {
      const trimmed = raw.trim();
      if (trimmed !== "") lines.push({ text: trimmed, line: i + 1 });
    });
  return lines;
}

const isAuthors = (text: string | undefined): boolean =>
  text !== undefined && looksLikeAuthorsLine(text) >= AUTHORS_LINE_THRESHOLD;

/**
 * Parses a profile: line 1 is the owner `Last, First`; then one record per paper: a title line,
 * an authors line `Last, First, Last, First, …` and an abstract line. Titles and abstracts are
 * LaTeX-decoded. Robust to a BOM, CRLF or CR endings, blank lines anywhere, trailing spaces and a
 * missing final newline. A missing abstract does not shift later records: when the line after an
 * authors line is itself followed by an authors line (and is not prose), it starts the next record.
 * Lines that fit no record are skipped with a warning, except prose lines right after an abstract,
 * which are joined to it (an abstract broken over several lines). Records without an authors
 * line are skipped; a record whose authors are all placeholders is kept with no authors. Every
 * problem becomes a warning with the file and the 1-based line.
 */
export function parseProfile(text: string, options: ParseOptions): ParseResult {
  const { file } = options;
  const warnings: Warning[] = [];
  const warn = (line: number, message: string) => warnings.push({ file, line, message });
  const papers: PaperRecord[] = [];
  const result: ParseResult = { file, format: "profile", papers, warnings };

  let lines = nonBlankLines(text);
  if (lines.length === 0) {
    warn(0, "file is empty");
    return result;
  }

  // Owner line, unless the file starts straight with a record (title, then an authors line).
  const first = lines[0];
  const ownerMissing = !isAuthors(first.text) && isAuthors(lines[1]?.text);
  if (ownerMissing) {
    warn(first.line, "no owner line (`Last, First`) before the first record");
  } else {
    const owner: AuthorName | null = parseName(first.text);
    if (owner === null) warn(first.line, `owner line "${first.text}" names nobody`);
    else result.owner = owner;
    if (splitTopLevel(first.text, ",").length !== 2)
      warn(first.line, `owner line "${first.text}" is not of the form "Last, First"`);
    lines = lines.slice(1);
  }

  const L = lines;
  const authorsScores = L.map((l) => looksLikeAuthorsLine(l.text));
  const authorsAt = (j: number) => j < L.length && authorsScores[j] >= AUTHORS_LINE_THRESHOLD;
  const pairAt = (j: number) => j + 1 < L.length && !authorsAt(j) && authorsAt(j + 1);
  let previous: { paper: PaperRecord; abstractLine?: number } | undefined;

  let k = 0;
  while (k < L.length) {
    if (pairAt(k)) {
      const titleLine = L[k];
      const authorsLine = L[k + 1];
      let abstractLine: Line | undefined;
      if (k + 2 >= L.length) {
        warn(titleLine.line, "record has no abstract line (end of file)");
        k += 2;
      } else if (pairAt(k + 2) && !looksLikeProse(L[k + 2].text)) {
        warn(
          titleLine.line,
          `record has no abstract line (line ${L[k + 2].line} starts the next record)`,
        );
        k += 2;
      } else {
        abstractLine = L[k + 2];
        k += 3;
      }
      const paper = readRecord(titleLine, authorsLine, abstractLine, warn);
      if (paper) {
        papers.push(paper);
        previous = { paper, abstractLine: abstractLine?.line };
      } else previous = undefined;
      continue;
    }
    // Lines that start no record: skip to the next title + authors pair.
    let j = k + 1;
    while (j < L.length && !pairAt(j)) j++;
    const from = L[k].line;
    const to = L[j - 1].line;
    const range = from === to ? `line ${from}` : `lines ${from}–${to}`;
    const orphans = L.slice(k, j);
    if (previous?.abstractLine !== undefined && orphans.every((l) => looksLikeProse(l.text))) {
      const extra = orphans.map((l) => decodeLatex(l.text)).join(" ");
      previous.paper.abstract = `${previous.paper.abstract ?? ""} ${extra}`.trim();
      warn(
        from,
        `${range} after the abstract of the record at line ${previous.paper.line} joined to that abstract`,
      );
    } else if (authorsAt(k)) {
      warn(from, `authors line without a title line before it; ${range} skipped`);
    } else {
      warn(from, `title line not followed by an authors line; ${range} skipped`);
    }
    k = j;
  }
  return result;
}

/** Builds one paper record; returns null (with a warning) when the title decodes to nothing. */
function readRecord(
  titleLine: Line,
  authorsLine: Line,
  abstractLine: Line | undefined,
  warn: (line: number, message: string) => void,
): PaperRecord | null {
  const title = decodeLatex(titleLine.text);
  if (title === "") {
    warn(titleLine.line, "title line is empty after decoding; record skipped");
    return null;
  }
  const list = splitAuthorList(authorsLine.text);
  if (list.problem !== undefined) warn(authorsLine.line, `authors line: ${list.problem}`);
  if (list.names.length === 0)
    warn(authorsLine.line, "no authors left on this paper; paper kept without authors");
  const paper: PaperRecord = { title, authors: list.names, line: titleLine.line };
  if (abstractLine) {
    const abstract = decodeLatex(abstractLine.text);
    if (abstract !== "") paper.abstract = abstract;
  }
  return paper;
}

/**
 * Sniffs the profile format: a `Last, First` owner line, then a title line and an authors line.
 * 0.4 for the owner line, 0.5 for the authors line, 0.1 for a `.txt` name.
 */
export function sniffProfile(text: string, fileName: string): number {
  const lines = nonBlankLines(text.slice(0, 65536)).slice(0, 3);
  if (lines.length < 3) return 0;
  if (/^(?:@|TY {2}-|<|\{|\[|%)/.test(lines[0].text)) return 0;
  let score = 0;
  const ownerParts = splitTopLevel(lines[0].text, ",");
  if (ownerParts.length === 2 && isAuthors(lines[0].text)) score += 0.4;
  if (isAuthors(lines[2].text) && !isAuthors(lines[1].text)) score += 0.5;
  if (/\.txt$/i.test(fileName)) score += 0.1;
  return score;
}

/** The profile format for the detection table. */
export const PROFILE_FORMAT: FormatParser = {
  format: "profile",
  sniff: sniffProfile,
  parse: parseProfile,
};
