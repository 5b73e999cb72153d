// The plain-text profile format: owner line, then title / authors / abstract records, read with resync.
import type { AuthorName, PaperRecord, ParseResult, Warning } from "../model/types.ts";
import type { FormatParser, ParseOptions } from "./format-parser.ts";
import { decodeLatex } from "./latex.ts";
import { memoParseName } from "./name-cache.ts";
import { NAME_PARTICLES } from "./name-particles.ts";
import { createNamePairMemo, type NamePairMemo } from "./name-pair-memo.ts";
import {
  isPlaceholderAuthor,
  parseName,
  splitAuthorList,
  splitTopLevel,
  type AuthorListResult,
} from "./names.ts";
import {
  createLineSplitter,
  createPaperOutput,
  type StreamOptions,
  type StreamParser,
} from "./stream-parser.ts";

/** Score from {@link looksLikeAuthorsLine} at or above which a line is taken as an authors line. */
export const AUTHORS_LINE_THRESHOLD = 0.75;

/** Lower-case name particles and suffixes allowed inside a name part. */
const PARTICLES = new Set([
  ...NAME_PARTICLES,
  ...["dei", "zur", "y", "lo", "e", "af", "av", "st", "jr", "jr.", "sr", "sr."],
]);

/** A word that can be part of a person's name: capitalized, an initial, a particle, or uncased. */
function isNameWord(word: string): boolean {
  if (PARTICLES.has(word)) return true;
  if (/^(?:al|el|d|l)['’-]\p{Lu}/u.test(word)) return true; // al-Khwarizmi, d'Alembert
  return /^[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*$/u.test(word);
}

/** dblp homonym numbers at the end of a name part (`Seidl 0001, Thomas`). */
const HOMONYM_NUMBERS = /\s\d{4}(?=\s*(?:,|$))/g;
/** Characters that halve a line's score in {@link looksLikeAuthorsLine} (digits only outside a homonym number). */
const NOT_IN_NAMES = /[0-9:;!?()[\]$=<>@#%*|/]/;

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
  const rest = line.replace(HOMONYM_NUMBERS, "");
  return NOT_IN_NAMES.test(rest) ? score / 2 : score;
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

/** A line of the record part, with whether it reads as an authors line. */
interface ScoredLine extends Line {
  authors: boolean;
}

/** Consecutive lines that start no record, reported (or joined to an abstract) as one run. */
interface OrphanRun {
  from: number;
  to: number;
  /** The run's first line reads as an authors line. */
  firstIsAuthors: boolean;
  allProse: boolean;
  /** The lines' text, kept only while they may still be joined to the previous abstract. */
  texts: string[] | null;
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

/**
 * One part of a plain authors line: one to five capitalized ASCII words (letters, `.`, `'`, `-`),
 * at most 40 characters. Such a part scores 1 in {@link namePartScore} (nothing to decode, every
 * word a name word), unless it holds a LaTeX ligature (`--`, `''`: see {@link LIGATURES}).
 */
const PLAIN_PART = String.raw`(?=[^,]{1,40}(?:,|$))[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,4}`;
/**
 * Two or more plain parts joined by `, `: an authors line, decided by one linear match instead of
 * splitting and scoring each part (most authors lines are of this form).
 */
const PLAIN_AUTHORS_LINE = new RegExp(`^${PLAIN_PART}(?:, ${PLAIN_PART})+$`);
/** What LaTeX decoding would change in a plain part (an en dash, a quote). */
const LIGATURES = /--|''/;

/**
 * `looksLikeAuthorsLine(text) >= AUTHORS_LINE_THRESHOLD`, deciding early: a halved score is at most
 * 0.5, and the parts are scored only until too many of them miss for the share to reach the threshold.
 */
export function isAuthorsLine(text: string | undefined): boolean {
  if (text === undefined) return false;
  if (PLAIN_AUTHORS_LINE.test(text) && !LIGATURES.test(text)) return true;
  const parts = splitTopLevel(text, ",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length === 0) return false;
  if (parts.length === 1) return isPlaceholderAuthor(parts[0]);
  if (NOT_IN_NAMES.test(text) && NOT_IN_NAMES.test(text.replace(HOMONYM_NUMBERS, ""))) return false;
  // named / parts >= threshold, i.e. misses <= parts · (1 − threshold).
  const allowed = parts.length - AUTHORS_LINE_THRESHOLD * parts.length;
  let missed = 0;
  for (const part of parts) if (namePartScore(part) === 0 && ++missed > allowed) return false;
  return (parts.length - missed) / parts.length >= AUTHORS_LINE_THRESHOLD;
}

/** Lines a record decision looks ahead: title, authors, abstract and the line after it. */
const LOOKAHEAD = 4;

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
  const stream = createProfileStream(options);
  stream.push(text);
  return stream.end();
}

/** Options for reading a profile in parts (two threads reading the halves of a large file). */
export interface ProfileStreamOptions extends StreamOptions {
  /**
   * The text starts at a line start partway through the file, after this many lines: numbering
   * goes on from there and there is no owner line to look for.
   */
  linesBefore?: number;
  /**
   * Called when a record is about to be read from its title at `line`; true stops the parser
   * there: the papers before it are handed on, the rest of the text is not read.
   */
  stopAt?: (line: number) => boolean;
}

/**
 * The profile parser fed in pieces ({@link parseProfile} is this with one piece): it holds the
 * owner decision's two lines, a four-line lookahead and the current run of unplaced lines, never
 * the whole text. A paper is final (and goes to the sink, if any) once the next record starts,
 * since prose lines after its abstract may still be joined to it.
 *
 * Whatever came before, two readers that both start a record at the same line read the same
 * records and warnings from there on (a record's decision looks only at its own lines and the
 * ones after): so a large file can be read in halves, the second from a line in its middle
 * (`linesBefore`), the first stopping (`stopAt`) at a record start the second also found.
 */
export function createProfileStream(options: ProfileStreamOptions): StreamParser {
  const { file, sink, linesBefore, stopAt } = options;
  const dropsAbstracts = sink?.dropsAbstracts === true;
  const warnings: Warning[] = [];
  const warn = (line: number, message: string) => warnings.push({ file, line, message });
  const output = createPaperOutput(sink);
  const result: ParseResult = { file, format: "profile", papers: output.papers, warnings };
  /** Names repeat from paper to paper: each spelling is read once, and handed on as it is. */
  const nameOf = memoParseName({}, { shared: true });
  /** Authors lines pair the same names again and again: pairs are found without new strings. */
  const pairs = createNamePairMemo();
  /** The last paper read, not yet handed on. */
  let pending: PaperRecord | null = null;
  /** The first two non-blank lines, until the owner line is decided (then null). */
  let head: Line[] | null = linesBefore === undefined ? [] : null;
  /** Set when `stopAt` stopped the parser. */
  let stopped = false;
  const window: ScoredLine[] = [];
  let previous: { paper: PaperRecord; abstractLine?: number } | undefined;
  let orphans: OrphanRun | null = null;

  const authorsAt = (j: number) => j < window.length && window[j].authors;
  const pairAt = (j: number) => j + 1 < window.length && !authorsAt(j) && authorsAt(j + 1);

  const flushOrphans = (): void => {
    if (orphans === null) return;
    const { from, to, firstIsAuthors, allProse, texts } = orphans;
    orphans = null;
    const range = from === to ? `line ${from}` : `lines ${from}–${to}`;
    if (previous?.abstractLine !== undefined && allProse && texts !== null) {
      if (!dropsAbstracts) {
        const extra = texts.map((t) => decodeLatex(t)).join(" ");
        previous.paper.abstract = `${previous.paper.abstract ?? ""} ${extra}`.trim();
      }
      warn(
        from,
        `${range} after the abstract of the record at line ${previous.paper.line} joined to that abstract`,
      );
    } else if (firstIsAuthors) {
      warn(from, `authors line without a title line before it; ${range} skipped`);
    } else {
      warn(from, `title line not followed by an authors line; ${range} skipped`);
    }
  };

  /** Decides the line at the front of the window (needs LOOKAHEAD lines, or the end of input). */
  const step = (): void => {
    if (!pairAt(0)) {
      // A line that starts no record: it joins the run of lines up to the next title + authors pair.
      const line = window.shift() as ScoredLine;
      if (orphans === null)
        orphans = {
          from: line.line,
          to: line.line,
          firstIsAuthors: line.authors,
          allProse: true,
          texts: previous?.abstractLine !== undefined ? [] : null,
        };
      orphans.to = line.line;
      if (orphans.allProse && !looksLikeProse(line.text)) {
        orphans.allProse = false;
        orphans.texts = null;
      } else orphans.texts?.push(line.text);
      return;
    }
    flushOrphans();
    const [titleLine, authorsLine] = window;
    if (stopAt?.(titleLine.line)) {
      stopped = true;
      window.length = 0;
      if (pending !== null) output.add(pending);
      pending = null;
      return;
    }
    let abstractLine: Line | undefined;
    if (window.length <= 2) {
      warn(titleLine.line, "record has no abstract line (end of file)");
      window.splice(0, 2);
    } else if (pairAt(2) && !looksLikeProse(window[2].text)) {
      warn(
        titleLine.line,
        `record has no abstract line (line ${window[2].line} starts the next record)`,
      );
      window.splice(0, 2);
    } else {
      abstractLine = window[2];
      window.splice(0, 3);
    }
    const paper = readRecord(
      titleLine,
      authorsLine,
      dropsAbstracts ? undefined : abstractLine,
      warn,
      nameOf,
      pairs,
    );
    if (pending !== null) output.add(pending);
    pending = paper;
    previous = paper ? { paper, abstractLine: abstractLine?.line } : undefined;
  };

  const enqueue = (line: Line): void => {
    if (stopped) return;
    window.push({ text: line.text, line: line.line, authors: isAuthorsLine(line.text) });
    while (window.length >= LOOKAHEAD && !stopped) step();
  };

  /** Owner line, unless the file starts straight with a record (title, then an authors line). */
  const decideOwner = (lines: Line[]): void => {
    head = null;
    const [first, second] = lines;
    const ownerMissing = !isAuthorsLine(first.text) && isAuthorsLine(second?.text);
    if (ownerMissing) {
      warn(first.line, "no owner line (`Last, First`) before the first record");
    } else {
      const owner: AuthorName | null = parseName(first.text);
      if (owner === null) warn(first.line, `owner line "${first.text}" names nobody`);
      else {
        result.owner = owner;
        sink?.owner(owner);
      }
      if (splitTopLevel(first.text, ",").length !== 2)
        warn(first.line, `owner line "${first.text}" is not of the form "Last, First"`);
      lines = lines.slice(1);
    }
    for (const line of lines) enqueue(line);
  };

  const splitter = createLineSplitter((raw, lineNo) => {
    if (stopped) return;
    const trimmed = (lineNo === 1 ? raw.replace(/^\uFEFF/, "") : raw).trim();
    if (trimmed === "") return;
    const line = { text: trimmed, line: lineNo };
    if (head === null) enqueue(line);
    else {
      head.push(line);
      if (head.length === 2) decideOwner(head);
    }
  }, linesBefore);

  return {
    push: (chunk) => {
      if (!stopped) splitter.push(chunk);
    },
    stopped: () => stopped,
    end() {
      if (stopped) return result;
      splitter.end();
      if (head !== null) {
        if (head.length === 0) {
          warn(0, "file is empty");
          return result;
        }
        decideOwner(head);
      }
      while (window.length > 0 && !stopped) step();
      if (stopped) return result;
      flushOrphans();
      if (pending !== null) output.add(pending);
      pending = null;
      return result;
    },
  };
}

/** Builds one paper record; returns null (with a warning) when the title decodes to nothing. */
function readRecord(
  titleLine: Line,
  authorsLine: Line,
  abstractLine: Line | undefined,
  warn: (line: number, message: string) => void,
  nameOf: (raw: string) => AuthorName | null,
  pairs: NamePairMemo,
): PaperRecord | null {
  const title = decodeLatex(titleLine.text);
  if (title === "") {
    warn(titleLine.line, "title line is empty after decoding; record skipped");
    return null;
  }
  const known = pairs.lineNames(authorsLine.text);
  const list: AuthorListResult =
    known !== null
      ? { names: known, placeholders: [] }
      : splitAuthorList(authorsLine.text, {}, nameOf, pairs.pair);
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
  if (ownerParts.length === 2 && isAuthorsLine(lines[0].text)) score += 0.4;
  if (isAuthorsLine(lines[2].text) && !isAuthorsLine(lines[1].text)) score += 0.5;
  if (/\.txt$/i.test(fileName)) score += 0.1;
  return score;
}

/** The profile format for the detection table. */
export const PROFILE_FORMAT: FormatParser = {
  format: "profile",
  sniff: sniffProfile,
  parse: parseProfile,
  stream: createProfileStream,
};
