// BibTeX/BibLaTeX syntax: entries, fields, @string macros with `#`, @preamble and @comment, with error recovery.
import type { Warning } from "../model/types.ts";
import { LineIndex, stripBom } from "./text-lines.ts";
import type { TextSink } from "./stream-parser.ts";
import { createWarningLog, type WarningLog } from "./warning-log.ts";

/** One entry as written: type and field names lower-cased, values raw LaTeX with macros expanded. */
export interface BibtexEntry {
  type: string;
  key: string;
  /** Field name → raw value (outer braces or quotes removed, `#` parts joined). */
  fields: Map<string, string>;
  /** Field name → 1-based line where the field starts. */
  fieldLines: Map<string, number>;
  /** 1-based line of the `@`. */
  line: number;
}

/** What {@link readBibtex} found in one file. */
export interface BibtexReadResult {
  entries: BibtexEntry[];
  /** `@string` macros defined in the file (names lower-cased), raw values. */
  macros: Map<string, string>;
  /** Syntax warnings, when no log was passed in (else they went to the log). */
  warnings: Warning[];
}

/** The standard month macros every BibTeX style defines. */
const MONTHS: Record<string, string> = {
  jan: "January",
  feb: "February",
  mar: "March",
  apr: "April",
  may: "May",
  jun: "June",
  jul: "July",
  aug: "August",
  sep: "September",
  oct: "October",
  nov: "November",
  dec: "December",
};

/**
 * Longest value that `@string` macros may build (`#` joins included): chains of macros that each
 * join the previous one twice grow exponentially (29 levels overflow a string, 22 used as an
 * author list make 4 million names). A macro that would pass it is left out, with a warning.
 */
export const MAX_MACRO_EXPANSION = 1 << 17;

/** Thrown inside one entry; the reader warns and resumes at `resume`. */
class EntryError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly resume: number,
  ) {
    super(message);
  }
}

const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const QUOTE = 34;
const NEWLINE = 10;
const AT = 64;

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
/** BibTeX identifier characters: anything printable but whitespace and `"#%'(),={}`. */
const isIdent = (c: number): boolean =>
  c > 32 &&
  c !== QUOTE &&
  c !== 35 && // #
  c !== 37 && // %
  c !== 39 && // '
  c !== 40 && // (
  c !== 41 && // )
  c !== 44 && // ,
  c !== 61 && // =
  c !== OPEN_BRACE &&
  c !== CLOSE_BRACE &&
  c !== 127;

/**
 * Reads one segment at a time (see {@link createBibtexSegmenter}); macros and the entries read
 * so far carry over from segment to segment.
 */
class BibtexReader {
  private s = "";
  private i = 0;
  private n = 0;
  private lines = new LineIndex("");
  /** Lines before the current segment. */
  private base = 0;
  /** The current segment ends the file (else the next one starts with an entry line). */
  private last = true;
  readonly entries: BibtexEntry[] = [];
  readonly macros = new Map<string, string>();
  private readonly undefinedMacros = new Set<string>();

  constructor(
    private readonly log: WarningLog,
    private readonly keepFields: ReadonlySet<string> | null,
  ) {}

  /** Reads one segment of the file, which starts after `linesBefore` lines. */
  readSegment(segment: string, linesBefore: number, last: boolean): void {
    this.s = segment;
    this.last = last;
    this.n = segment.length;
    this.i = 0;
    this.lines = new LineIndex(segment);
    this.base = linesBefore;
    this.read();
  }

  private lineAt(offset: number): number {
    return this.base + this.lines.lineAt(offset);
  }

  private warn(offset: number, message: string, kind: string): void {
    this.log.add(this.lineAt(offset), message, kind);
  }

  private read(): void {
    const s = this.s;
    while (this.i < this.n) {
      const at = s.indexOf("@", this.i);
      if (at === -1) break;
      this.i = at + 1;
      this.skipSpace();
      const typeStart = this.i;
      while (this.i < this.n && isIdent(s.charCodeAt(this.i))) this.i++;
      const type = s.slice(typeStart, this.i).toLowerCase();
      if (type === "" || !isLetter(type.charCodeAt(0))) continue;
      this.skipSpace();
      const open = s[this.i];
      // `@` not followed by `{` or `(` is comment text (an e-mail address, a note before the entries).
      if (open !== "{" && open !== "(") continue;
      const close = open === "{" ? "}" : ")";
      this.i++;
      try {
        if (type === "comment") this.skipComment(close);
        else if (type === "preamble") this.readPreamble(at, close);
        else if (type === "string") this.readString(at, close);
        else this.readEntry(at, type, close);
      } catch (error) {
        if (!(error instanceof EntryError)) throw error;
        this.warn(
          at,
          `@${type} entry skipped: ${error.message} (line ${this.lineAt(error.offset)})`,
          "broken entry",
        );
        this.i = error.resume;
      }
    }
  }

  private skipSpace(): void {
    const s = this.s;
    while (this.i < this.n && isSpace(s.charCodeAt(this.i))) this.i++;
  }

  /**
   * Where the next entry starts: an `@name{` or `@name(` that begins a line (after blanks),
   * searched from `from`. Used to resume after a broken entry and to stop a runaway value.
   */
  private nextEntryStart(from: number): number {
    const s = this.s;
    let j = from;
    while (j < this.n) {
      const nl = s.indexOf("\n", j);
      if (nl === -1) return this.n;
      if (this.entryStartsAfterNewline(nl)) {
        let k = nl + 1;
        while (isSpace(s.charCodeAt(k))) k++;
        return k;
      }
      j = nl + 1;
    }
    return this.n;
  }

  /** True when the line after the newline at `nl` starts (after blanks) with `@name{` or `@name(`. */
  private entryStartsAfterNewline(nl: number): boolean {
    const s = this.s;
    let k = nl + 1;
    while (k < this.n) {
      const c = s.charCodeAt(k);
      if (c === 32 || c === 9 || c === 13) k++;
      else break;
    }
    return this.entryStartsAt(k);
  }

  /** True when `@name{` or `@name(` starts at offset `k`. */
  private entryStartsAt(k: number): boolean {
    const s = this.s;
    if (s.charCodeAt(k) !== AT) return false;
    k++;
    const start = k;
    while (k < this.n && isLetter(s.charCodeAt(k))) k++;
    if (k === start) return false;
    while (k < this.n && (s.charCodeAt(k) === 32 || s.charCodeAt(k) === 9)) k++;
    const c = s.charCodeAt(k);
    return c === OPEN_BRACE || c === 40;
  }

  /** A `@comment` ends at its closing bracket, or at the end of its segment (the next entry line). */
  private skipComment(close: string): void {
    if (close === ")") {
      const end = this.s.indexOf(")", this.i);
      this.i = end === -1 ? this.n : end + 1;
      return;
    }
    let depth = 1; // inside the opening brace
    for (let j = this.i; j < this.n; j++) {
      const c = this.s.charCodeAt(j);
      if (c === OPEN_BRACE) depth++;
      else if (c === CLOSE_BRACE && --depth === 0) {
        this.i = j + 1;
        return;
      }
    }
    this.i = this.n;
  }

  private readPreamble(at: number, close: string): void {
    this.readValue(at, "@preamble");
    this.expectClose(close);
  }

  private readString(at: number, close: string): void {
    this.skipSpace();
    const nameStart = this.i;
    const name = this.readIdent();
    if (name === "") throw this.error("@string without a macro name", nameStart);
    this.skipSpace();
    if (this.s[this.i] !== "=") throw this.error(`@string ${name}: expected '='`, this.i);
    this.i++;
    const value = this.readValue(at, name);
    this.macros.set(name.toLowerCase(), value);
    this.expectClose(close);
  }

  private expectClose(close: string): void {
    this.skipSpace();
    if (this.s[this.i] === ",") {
      this.i++;
      this.skipSpace();
    }
    if (this.s[this.i] !== close) throw this.error(`expected '${close}'`, this.i);
    this.i++;
  }

  private error(message: string, offset: number, resume?: number): EntryError {
    return new EntryError(message, offset, resume ?? this.nextEntryStart(offset));
  }

  private readIdent(): string {
    const s = this.s;
    const start = this.i;
    while (this.i < this.n && isIdent(s.charCodeAt(this.i))) this.i++;
    return s.slice(start, this.i);
  }

  private readEntry(at: number, type: string, close: string): void {
    const s = this.s;
    const closeCode = close.charCodeAt(0);
    this.skipSpace();
    // The key: everything up to a comma on the same line. Scopus writes keys with spaces and
    // commas (`Pierella Karlusich2022`, `Ribeiro, Jr2022`); the comma case is handled below.
    const keyStart = this.i;
    while (this.i < this.n) {
      const c = s.charCodeAt(this.i);
      if (
        c === 44 ||
        c === closeCode ||
        c === 61 ||
        c === NEWLINE ||
        c === OPEN_BRACE ||
        c === CLOSE_BRACE
      )
        break;
      this.i++;
    }
    let key = s.slice(keyStart, this.i).trim();
    this.skipSpace();
    const fields = new Map<string, string>();
    const fieldLines = new Map<string, number>();
    const entry: BibtexEntry = { type, key, fields, fieldLines, line: this.lineAt(at) };
    /** Field names met in this entry (kept or not), for the repeated-field check. */
    const seen = new Set<string>();
    if (s[this.i] === "=") {
      // `@article{ title = …`: no key. Read the fields anyway.
      this.warn(at, `@${type} entry has no key`, "no key");
      this.i = keyStart;
      key = "";
    } else if (s.charCodeAt(this.i) === closeCode) {
      this.i++;
      this.entries.push(entry);
      return;
    } else if (s[this.i] === ",") {
      this.i++;
    } else {
      throw this.error(`expected ',' after key '${key}'`, this.i);
    }
    if (key === "" && s[this.i - 1] === ",")
      this.warn(at, `@${type} entry has an empty key`, "no key");

    let expectSeparator = false;
    for (;;) {
      this.skipSpace();
      if (this.i >= this.n)
        throw this.error(
          `entry '${key}' is not closed${this.last ? "" : " before the next entry"}`,
          this.n,
          this.n,
        );
      const c = s.charCodeAt(this.i);
      if (c === closeCode) {
        this.i++;
        break;
      }
      if (c === 44) {
        this.i++;
        expectSeparator = false;
        continue;
      }
      if (c === 37) {
        // `%` before a field: a commented-out line (biber and JabRef accept it; BibTeX would choke).
        const nl = s.indexOf("\n", this.i);
        this.i = nl === -1 ? this.n : nl + 1;
        continue;
      }
      if (c === AT && this.entryStartsAt(this.i)) {
        throw this.error(`entry '${key}' is not closed before the next entry`, this.i, this.i);
      }
      const nameStart = this.i;
      const rawName = this.readIdent();
      const name = rawName.toLowerCase();
      if (name === "") throw this.error(`unexpected '${s[this.i]}' in entry '${key}'`, this.i);
      this.skipSpace();
      if (s[this.i] !== "=") {
        if (seen.size === 0 && (s[this.i] === "," || s.charCodeAt(this.i) === closeCode)) {
          // A comma inside the key (`@ARTICLE{Ribeiro, Jr2022,`): the key goes on.
          key = `${key}, ${rawName}`;
          entry.key = key;
          continue;
        }
        throw this.error(`field '${name}' in entry '${key}' has no '='`, nameStart);
      }
      if (expectSeparator)
        this.warn(
          nameStart,
          `missing ',' before field '${name}' in entry '${key}'`,
          "missing comma",
        );
      this.i++;
      const value = this.readValue(nameStart, name);
      if (seen.has(name)) {
        this.warn(
          nameStart,
          `field '${name}' repeated in entry '${key}'; the first is kept`,
          "repeated field",
        );
      } else {
        seen.add(name);
        if (this.keepFields === null || this.keepFields.has(name)) {
          fields.set(name, value);
          fieldLines.set(name, this.lineAt(nameStart));
        }
      }
      expectSeparator = true;
    }
    entry.key = key;
    this.entries.push(entry);
  }

  /** A value: parts joined by `#`, each `{…}`, `"…"`, a number or a macro name. */
  private readValue(start: number, field: string): string {
    const s = this.s;
    let out = "";
    /** The value outgrew {@link MAX_MACRO_EXPANSION} (reported once): later macros add nothing. */
    let cut = false;
    for (;;) {
      this.skipSpace();
      const c = s.charCodeAt(this.i);
      if (c === OPEN_BRACE) out += this.readBraced(start, field);
      else if (c === QUOTE) out += this.readQuoted(start, field);
      else if (isDigit(c)) {
        const from = this.i;
        while (this.i < this.n && isDigit(s.charCodeAt(this.i))) this.i++;
        out += s.slice(from, this.i);
      } else if (isIdent(c)) {
        const from = this.i;
        const name = this.readIdent();
        const lower = name.toLowerCase();
        const macro = this.macros.get(lower) ?? MONTHS[lower];
        if (macro !== undefined) {
          if (out.length + macro.length <= MAX_MACRO_EXPANSION) out += macro;
          else if (!cut) {
            cut = true;
            this.warn(
              from,
              `field '${field}': @string macros expand past ${MAX_MACRO_EXPANSION} characters; the macros beyond are left out`,
              "macro expansion",
            );
          }
        } else {
          if (!this.undefinedMacros.has(lower)) {
            this.undefinedMacros.add(lower);
            this.warn(
              from,
              `undefined @string macro '${name}' (first use, in field '${field}'); its name is used as text`,
              "undefined macro",
            );
          }
          out += name;
        }
      } else {
        throw this.error(
          this.i >= this.n
            ? `field '${field}' has no value`
            : `field '${field}': expected a value, found '${s[this.i]}'`,
          this.i,
        );
      }
      this.skipSpace();
      if (s[this.i] === "#") {
        this.i++;
        continue;
      }
      return out;
    }
  }

  /**
   * At `{`: returns the content up to the matching `}`. A line that starts a new entry while braces
   * are still open means the value never closed: the entry is abandoned there.
   */
  private readBraced(start: number, field: string): string {
    const s = this.s;
    const from = this.i + 1;
    let depth = 0;
    for (let j = this.i; j < this.n; j++) {
      const c = s.charCodeAt(j);
      if (c === OPEN_BRACE) depth++;
      else if (c === CLOSE_BRACE) {
        if (--depth === 0) {
          this.i = j + 1;
          return s.slice(from, j);
        }
      } else if (c === NEWLINE && this.entryStartsAfterNewline(j)) {
        throw this.error(`unbalanced braces in field '${field}'`, start, this.nextEntryStart(j));
      }
    }
    throw this.error(`unbalanced braces in field '${field}'`, start, this.n);
  }

  /** At `"`: returns the content up to the next `"` outside braces. */
  private readQuoted(start: number, field: string): string {
    const s = this.s;
    const from = this.i + 1;
    let depth = 0;
    for (let j = from; j < this.n; j++) {
      const c = s.charCodeAt(j);
      if (c === OPEN_BRACE) depth++;
      else if (c === CLOSE_BRACE) depth = Math.max(0, depth - 1);
      else if (c === QUOTE && depth === 0) {
        this.i = j + 1;
        return s.slice(from, j);
      } else if (c === NEWLINE && this.entryStartsAfterNewline(j)) {
        throw this.error(`unclosed quote in field '${field}'`, start, this.nextEntryStart(j));
      }
    }
    throw this.error(`unclosed quote in field '${field}'`, start, this.n);
  }
}

/** A line that starts an entry: blanks, then `@name{` or `@name(` (the reader's resync points). */
const ENTRY_LINE = /\n[ \t\r]*@[A-Za-z]+[ \t]*[{(]/g;
/** Text after a line break that may still grow into an entry line. */
const ENTRY_LINE_PREFIX = /^\n[ \t\r]*(?:@[A-Za-z]*[ \t]*)?$/;

function countLines(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

/**
 * Cuts BibTeX text fed in pieces into segments that each begin at a line starting with `@name{`
 * or `@name(` (the first segment begins at the start), and calls `onSegment` with each segment,
 * the number of lines before it and whether it is the last. These lines are where the reader
 * resyncs after a broken entry, so reading segment by segment gives the same entries at any piece
 * size; an entry never spans two segments (a value still open at the next entry line is broken).
 */
export function createBibtexSegmenter(
  onSegment: (segment: string, linesBefore: number, last: boolean) => void,
): TextSink {
  /** Text of the current segment, except `carry`. */
  let pending: string[] = [];
  /** The current segment's text from its last line break on, while it may begin an entry line. */
  let carry = "";
  let linesBefore = 0;
  const emit = (tail: string, last: boolean): void => {
    pending.push(tail);
    const segment = pending.join("");
    pending = [];
    if (segment === "") return;
    onSegment(segment, linesBefore, last);
    linesBefore += countLines(segment);
  };
  return {
    push(chunk) {
      const text = carry + chunk;
      carry = "";
      let from = 0;
      ENTRY_LINE.lastIndex = 0;
      for (let m = ENTRY_LINE.exec(text); m !== null; m = ENTRY_LINE.exec(text)) {
        emit(text.slice(from, m.index + 1), false);
        from = m.index + 1;
      }
      const rest = text.slice(from);
      const nl = rest.lastIndexOf("\n");
      if (nl >= 0 && ENTRY_LINE_PREFIX.test(rest.slice(nl))) {
        pending.push(rest.slice(0, nl));
        carry = rest.slice(nl);
      } else pending.push(rest);
    },
    end() {
      emit(carry, true);
      carry = "";
    },
  };
}

/** Options of {@link createBibtexReaderStream}. */
export interface BibtexReaderStreamOptions {
  /** Field names to keep (lower case); others are read and dropped. Null keeps all. */
  keepFields: ReadonlySet<string> | null;
}

/**
 * The BibTeX syntax reader fed in pieces ({@link readBibtex} is this with one piece). Reads each
 * entry as soon as the next entry line (or the end) shows it complete; with `keepFields`, holds
 * only those fields of the entries.
 */
export function createBibtexReaderStream(
  log: WarningLog,
  options: Partial<BibtexReaderStreamOptions> = {},
): { push(chunk: string): void; end(): { entries: BibtexEntry[]; macros: Map<string, string> } } {
  const reader = new BibtexReader(log, options.keepFields ?? null);
  const segmenter = createBibtexSegmenter((segment, linesBefore, last) =>
    reader.readSegment(segment, linesBefore, last),
  );
  let atStart = true;
  return {
    push(chunk) {
      segmenter.push(atStart ? stripBom(chunk) : chunk);
      if (chunk !== "") atStart = false;
    },
    end() {
      segmenter.end();
      return { entries: reader.entries, macros: reader.macros };
    },
  };
}

/**
 * Reads BibTeX/BibLaTeX syntax: every `@type{key, field = value, …}` (or with parentheses), with
 * `@string` macros expanded (also across `#`), `@preamble` and `@comment` skipped, text outside
 * entries ignored (a BOM, a "Scopus / EXPORT DATE" header). A broken entry (unbalanced braces,
 * a field without `=`) is skipped with a warning naming its line, and reading resumes at the next
 * line that starts with `@name{`. Values keep their LaTeX; decoding is the caller's job.
 */
export function readBibtex(text: string, file: string, log?: WarningLog): BibtexReadResult {
  const own = log ?? createWarningLog(file);
  const stream = createBibtexReaderStream(own);
  stream.push(text);
  const { entries, macros } = stream.end();
  return { entries, macros, warnings: log === undefined ? own.finish() : [] };
}
