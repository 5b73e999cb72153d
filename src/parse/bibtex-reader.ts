// BibTeX/BibLaTeX syntax: entries, fields, @string macros with `#`, @preamble and @comment, with error recovery.
import type { Warning } from "../model/types.ts";
import { LineIndex, stripBom } from "./text-lines.ts";
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

class BibtexReader {
  private i = 0;
  private readonly n: number;
  private readonly lines: LineIndex;
  readonly entries: BibtexEntry[] = [];
  readonly macros = new Map<string, string>();
  private readonly undefinedMacros = new Set<string>();

  constructor(
    private readonly s: string,
    private readonly log: WarningLog,
  ) {
    this.n = s.length;
    this.lines = new LineIndex(s);
  }

  private warn(offset: number, message: string, kind: string): void {
    this.log.add(this.lines.lineAt(offset), message, kind);
  }

  read(): void {
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
        if (type === "comment") this.skipComment(at, close);
        else if (type === "preamble") this.readPreamble(at, close);
        else if (type === "string") this.readString(at, close);
        else this.readEntry(at, type, close);
      } catch (error) {
        if (!(error instanceof EntryError)) throw error;
        this.warn(
          at,
          `@${type} entry skipped: ${error.message} (line ${this.lines.lineAt(error.offset)})`,
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

  private skipComment(at: number, close: string): void {
    if (close === ")") {
      const end = this.s.indexOf(")", this.i);
      this.i = end === -1 ? this.n : end + 1;
      return;
    }
    this.readBraced(at, "@comment", true);
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
    const entry: BibtexEntry = { type, key, fields, fieldLines, line: this.lines.lineAt(at) };
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
      if (this.i >= this.n) throw this.error(`entry '${key}' is not closed`, this.n, this.n);
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
        if (fields.size === 0 && (s[this.i] === "," || s.charCodeAt(this.i) === closeCode)) {
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
      if (fields.has(name)) {
        this.warn(
          nameStart,
          `field '${name}' repeated in entry '${key}'; the first is kept`,
          "repeated field",
        );
      } else {
        fields.set(name, value);
        fieldLines.set(name, this.lines.lineAt(nameStart));
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
    for (;;) {
      this.skipSpace();
      const c = s.charCodeAt(this.i);
      if (c === OPEN_BRACE) out += this.readBraced(start, field, false);
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
        if (macro !== undefined) out += macro;
        else {
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
  private readBraced(start: number, field: string, comment: boolean): string {
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
      } else if (c === NEWLINE && !comment && this.entryStartsAfterNewline(j)) {
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

/**
 * Reads BibTeX/BibLaTeX syntax: every `@type{key, field = value, …}` (or with parentheses), with
 * `@string` macros expanded (also across `#`), `@preamble` and `@comment` skipped, text outside
 * entries ignored (a BOM, a "Scopus / EXPORT DATE" header). A broken entry (unbalanced braces,
 * a field without `=`) is skipped with a warning naming its line, and reading resumes at the next
 * line that starts with `@name{`. Values keep their LaTeX; decoding is the caller's job.
 */
export function readBibtex(text: string, file: string, log?: WarningLog): BibtexReadResult {
  const own = log ?? createWarningLog(file);
  const reader = new BibtexReader(stripBom(text), own);
  reader.read();
  return {
    entries: reader.entries,
    macros: reader.macros,
    warnings: log === undefined ? own.finish() : [],
  };
}
