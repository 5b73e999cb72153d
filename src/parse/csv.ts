// CSV/TSV tables with a title and an authors column (Scopus, Web of Science, Lens, hand-made) → paper records.
import Papa from "papaparse";
import type { AuthorName, PaperRecord, ParseResult } from "../model/types.ts";
import { cleanDoi, readYear } from "./bibtex.ts";
import type { FormatParser } from "./format-parser.ts";
import { decodeLatexMarkup } from "./latex.ts";
import { memoParseName } from "./name-cache.ts";
import { parseName, splitAuthorList } from "./names.ts";
import { LineIndex, stripBom } from "./text-lines.ts";
import { createPaperOutput, type RecordSink, type StreamParser } from "./stream-parser.ts";
import { createWarningLog, type WarningLog } from "./warning-log.ts";

export interface CsvOptions {
  /** File name used in warnings and in the result. */
  file: string;
}

export const DEFAULT_CSV_OPTIONS: CsvOptions = { file: "input.csv" };

/** Header names (lower case) for each column we read, preferred first. */
export const CSV_COLUMNS = {
  title: ["title", "article title", "document title", "paper title", "publication title", "ti"],
  authors: [
    "author full names",
    "af",
    "authors",
    "author",
    "author names",
    "author(s)",
    "creators",
    "creator",
    "au",
  ],
  year: ["year", "publication year", "pubyear", "py", "date", "publication date"],
  venue: [
    "source title",
    "journal",
    "venue",
    "journal title",
    "source",
    "publication",
    "conference",
    "booktitle",
    "so",
  ],
  doi: ["doi", "di"],
  abstract: ["abstract", "ab"],
} as const;

type Column = keyof typeof CSV_COLUMNS;

/** How the names in one authors column are separated. */
export type AuthorListStyle =
  /** `Last, First; Last, First` or `First Last; First Last` */
  | "semicolon"
  /** `Last, First and Last, First` (BibTeX style) */
  | "and-bibtex"
  /** `First Last, First Last and First Last` */
  | "and-list"
  /** `Last, First, Last, First` */
  | "pairs"
  /** `First Last, First Last` (or one name per cell) */
  | "names";

const AND = /\s+and\s+|\s*&\s*/i;
const AND_G = /\s*,?\s+and\s+|\s*,?\s*&\s*/gi;

/**
 * Decides how the names in an authors column are separated, looking at every cell: semicolons
 * anywhere → `semicolon`; the word `and` (or `&`) → `and-bibtex` when every and-separated part has
 * exactly one comma, else `and-list`; otherwise commas → `pairs` when every cell has an even number
 * of comma parts and fewer than half of the parts hold a space (surnames and given names alone),
 * else `names` (each comma part a whole name).
 */
export function detectAuthorListStyle(cells: readonly string[]): AuthorListStyle {
  // Whitespace runs as one space first: the patterns below backtrack on long runs.
  const filled = cells.map((c) => c.replace(/\s+/g, " ").trim()).filter((c) => c !== "");
  if (filled.some((c) => c.includes(";"))) return "semicolon";
  const withAnd = filled.filter((c) => AND.test(c));
  if (withAnd.length > 0) {
    const parts = withAnd.flatMap((c) => c.split(AND_G));
    return parts.every((p) => p.split(",").length === 2) ? "and-bibtex" : "and-list";
  }
  let even = true;
  let spaced = 0;
  let total = 0;
  for (const cell of filled) {
    const parts = cell
      .split(",")
      .map((p) => p.trim())
      .filter((p) => p !== "");
    if (parts.length % 2 === 1) even = false;
    for (const p of parts) {
      total++;
      if (/\s/.test(p)) spaced++;
    }
  }
  return even && total > 0 && spaced / total < 0.5 ? "pairs" : "names";
}

/** Longest name {@link lastInitials} looks into. */
const MAX_NAME_LENGTH = 300;

/** `Porter D.E.` (Scopus `Authors` column: surname, then initials) → `Porter, D.E.`; else unchanged. */
function lastInitials(name: string): string {
  // No name is this long; the pattern backtracks quadratically on a long one.
  if (name.length > MAX_NAME_LENGTH) return name;
  const m = /^(.*\S)\s+((?:\p{Lu}\.\s?)+(?:-\p{Lu}\.)?)$/u.exec(name);
  return m && !m[1].includes(",") ? `${m[1]}, ${m[2].trim()}` : name;
}

/** One name from a CSV cell: `Last, First`, `First Last` or `Last Initials`. */
function readCsvName(raw: string): AuthorName | null {
  return parseName(lastInitials(raw), { latex: false });
}

/** Scopus writes `Porter, Dwayne E. (7202283727)`: the author id in parentheses is dropped. */
const stripAuthorId = (name: string): string => name.replace(/\s*\(\d{5,}\)\s*$/, "");

/** Splits one authors cell into names with the given style; placeholders are counted, not returned. */
export function splitAuthorCell(
  cell: string,
  style: AuthorListStyle,
  nameOf: (raw: string) => AuthorName | null = readCsvName,
): { names: AuthorName[]; dropped: string[] } {
  const names: AuthorName[] = [];
  const dropped: string[] = [];
  // Whitespace runs as one space first: the name patterns backtrack on long runs.
  cell = cell.replace(/\s+/g, " ");
  const add = (raw: string): void => {
    const part = stripAuthorId(raw.trim());
    if (part === "") return;
    // Export placeholders such as `[No author name available]`.
    const name = /^\[.*\]$/.test(part) ? null : nameOf(part);
    if (name) names.push(name);
    else dropped.push(part);
  };
  if (style === "pairs") {
    const list = splitAuthorList(cell, { latex: false });
    names.push(...list.names);
    dropped.push(...list.placeholders);
  } else if (style === "semicolon") cell.split(";").forEach(add);
  else if (style === "and-bibtex") cell.split(AND_G).forEach(add);
  else
    cell
      .split(AND_G)
      .flatMap((p) => p.split(","))
      .forEach(add);
  return { names, dropped };
}

/** The delimiter of the header line: tab if it has one, else whichever of `,` and `;` is more frequent. */
function headerDelimiter(header: string): string {
  if (header.includes("\t")) return "\t";
  const outside = header.replace(/"[^"]*"/g, "");
  const commas = outside.split(",").length;
  const semicolons = outside.split(";").length;
  return semicolons > commas ? ";" : ",";
}

/** Index of the column for each field, by header name (case-insensitive, preferred names first). */
function findColumns(header: readonly string[]): Partial<Record<Column, number>> {
  const lower = header.map((h) =>
    h
      .replace(/^\uFEFF/, "")
      .trim()
      .toLowerCase(),
  );
  const found: Partial<Record<Column, number>> = {};
  for (const column of Object.keys(CSV_COLUMNS) as Column[]) {
    for (const name of CSV_COLUMNS[column]) {
      const index = lower.indexOf(name);
      if (index >= 0) {
        found[column] = index;
        break;
      }
    }
  }
  return found;
}

/** One body row, reduced to the columns read (cells trimmed, empty ones absent). */
interface CsvRow {
  line: number;
  cellCount: number;
  cells: Partial<Record<Column, string>>;
}

/**
 * Parses a CSV or TSV table with a header row naming a title column (`Title`, `Article Title`,
 * `TI`, …) and an authors column (`Author full names`, `Authors`, `AU`, …), plus optional year,
 * venue (`Source title`, `Journal`), DOI and abstract columns. The delimiter is read from the
 * header; quoting and multi-line cells are handled by papaparse, one record at a time (a record
 * ends at a line break outside quotes, so a stray quote spoils one record, not the rest of the
 * file). How the authors column separates names is decided once for the whole column
 * ({@link detectAuthorListStyle}). Rows without a title are kept and warned about, empty rows
 * skipped, quoting problems warned about with their line. Throws when the header has no title or
 * no authors column.
 */
export function parseCsv(input: string, options: Partial<CsvOptions> = {}): ParseResult {
  const stream = createCsvStream(options);
  stream.push(input);
  return stream.end();
}

/**
 * The CSV parser fed in pieces ({@link parseCsv} is this with one piece). Complete records are
 * handed to papaparse as they arrive and only the columns read are kept of each row; names are
 * read at the end, once the whole authors column has shown its list style.
 */
export function createCsvStream(
  options: Partial<CsvOptions> & { sink?: RecordSink } = {},
): StreamParser {
  const { file } = { ...DEFAULT_CSV_OPTIONS, ...options };
  const log = createWarningLog(file);
  let header: string[] | null = null;
  let columns: Partial<Record<Column, number>> = {};
  const rows: CsvRow[] = [];
  const reader = createCsvRowReader(log, (cells, line) => {
    if (header === null) {
      header = cells;
      columns = findColumns(header);
      if (columns.title === undefined || columns.authors === undefined)
        throw new Error(
          `coauthor-atlas/parse: ${file}: line 1: CSV header needs a title and an authors column ` +
            `(found: ${header.map((h) => JSON.stringify(h.trim())).join(", ")})`,
        );
      return;
    }
    const kept: CsvRow["cells"] = {};
    for (const column of Object.keys(columns) as Column[]) {
      const value = cells[columns[column] as number]?.trim();
      if (value !== undefined && value !== "") kept[column] = value;
    }
    rows.push({ line, cellCount: cells.length, cells: kept });
  });
  return {
    push: reader.push,
    end() {
      reader.end();
      return toResult(file, header, rows, log, createPaperOutput(options.sink));
    },
  };
}

/** Receives CSV text in pieces and calls back with each row's cells, rows in order. */
export interface CsvRowReader {
  push(piece: string): void;
  end(): void;
}

/**
 * Cuts CSV/TSV text fed in pieces into rows: the delimiter (tab, `,` or `;`) and the newline
 * are read from the first line, a BOM is dropped, complete records are handed to papaparse as
 * they arrive (a record ends at a line break outside quotes, so a stray quote spoils one record,
 * not the rest of the file). Calls `onRow` with each row's cells and 1-based line, header
 * included; rows that are one empty cell are skipped; quoting problems go to `log` with their line.
 */
export function createCsvRowReader(
  log: WarningLog,
  onRow: (cells: string[], line: number) => void,
): CsvRowReader {
  /** Delimiter and newline, read from the first line once it is complete. */
  let dialect: { delimiter: string; newline: "\r\n" | "\n" } | null = null;
  /** Text not yet handed to papaparse: the start of an incomplete record. */
  let buffer = "";
  /** Offset in `buffer` up to which quotes were counted, and whether that point is inside quotes. */
  let scanned = 0;
  let inQuotes = false;
  /** Record ends (offsets in `buffer` right after a line break outside quotes) found so far. */
  let cuts: number[] = [];
  /** Lines before `buffer`. */
  let linesBefore = 0;
  let atStart = true;

  const takeRow = (cells: string[], line: number, errors: { message: string }[]): void => {
    for (const error of errors)
      log.add(line, `row at line ${line}: ${error.message}`, "csv syntax");
    if (cells.length === 1 && cells[0].trim() === "") return;
    onRow(cells, line);
  };

  /** Parses `text` (whole records) with papaparse, calling `onRow` with each row's start offset. */
  const papa = (
    text: string,
    onRow: (cells: string[], start: number, end: number, errors: { message: string }[]) => void,
  ): void => {
    let previous = 0;
    Papa.parse<string[]>(text, {
      delimiter: dialect?.delimiter,
      newline: dialect?.newline,
      step: (result) => {
        const start = previous;
        previous = result.meta.cursor;
        onRow(result.data, start, previous, result.errors);
      },
    });
  };

  /** Hands `buffer[0, upTo)` (records ending at `recordEnds`) to papaparse and drops it. */
  const flush = (upTo: number, recordEnds: number[]): void => {
    const text = buffer.slice(0, upTo);
    const lines = new LineIndex(text);
    const parsed: { cells: string[]; start: number; errors: { message: string }[] }[] = [];
    const ends: number[] = [];
    papa(text, (cells, start, end, errors) => {
      parsed.push({ cells, start, errors });
      ends.push(end);
    });
    // papaparse cut where the quote count did too (any well-formed table): keep its rows.
    // Else (a stray quote) read record by record, so the stray quote spoils one record only.
    const aligned =
      ends.filter((e) => e < upTo).join() === recordEnds.filter((e) => e < upTo).join();
    if (aligned)
      for (const row of parsed)
        takeRow(row.cells, linesBefore + lines.lineAt(row.start), row.errors);
    else {
      let from = 0;
      for (const end of [...recordEnds.filter((e) => e < upTo), upTo]) {
        const record = text.slice(from, end);
        papa(record, (cells, start, _end, errors) =>
          takeRow(cells, linesBefore + lines.lineAt(from + start), errors),
        );
        from = end;
      }
    }
    linesBefore += lines.lineAt(upTo) - 1;
    buffer = buffer.slice(upTo);
  };

  /**
   * Counts quotes from `scanned` on and notes the record ends: line breaks (the table's newline,
   * LF or CRLF) outside quotes.
   */
  const scan = (): void => {
    const crlf = dialect?.newline === "\r\n";
    const QUOTE_OR_BREAK = /["\n]/g;
    QUOTE_OR_BREAK.lastIndex = scanned;
    for (let m = QUOTE_OR_BREAK.exec(buffer); m !== null; m = QUOTE_OR_BREAK.exec(buffer)) {
      if (m[0] === '"') inQuotes = !inQuotes;
      else if (!inQuotes && (!crlf || buffer.charCodeAt(m.index - 1) === 13))
        cuts.push(m.index + 1);
    }
    scanned = buffer.length;
  };

  return {
    push(piece) {
      buffer += atStart ? stripBom(piece) : piece;
      if (piece !== "") atStart = false;
      if (dialect === null) {
        const nl = buffer.indexOf("\n");
        if (nl < 0) return;
        const firstLine = buffer.slice(0, buffer.search(/\r?\n|$/));
        dialect = {
          delimiter: headerDelimiter(firstLine),
          newline: /\r\n/.test(buffer.slice(0, firstLine.length + 2)) ? "\r\n" : "\n",
        };
      }
      scan();
      if (cuts.length === 0) return;
      const upTo = cuts[cuts.length - 1];
      const ends = cuts;
      cuts = [];
      flush(upTo, ends);
      scanned -= upTo;
    },
    end() {
      if (dialect === null) {
        const firstLine = buffer.slice(0, buffer.search(/\r?\n|$/));
        dialect = { delimiter: headerDelimiter(firstLine), newline: "\n" };
      }
      scan();
      if (buffer !== "") flush(buffer.length, cuts);
      cuts = [];
    },
  };
}

/** The kept rows → paper records, with the authors column's list style decided over all rows. */
function toResult(
  file: string,
  header: string[] | null,
  rows: CsvRow[],
  log: WarningLog,
  output: ReturnType<typeof createPaperOutput>,
): ParseResult {
  if (header === null) throw new Error(`coauthor-atlas/parse: ${file}: CSV file has no header row`);
  const width = header.length;
  const style = detectAuthorListStyle(rows.map((r) => r.cells.authors ?? ""));
  const memo = memoParseName({ latex: false });
  const nameOf = (raw: string): AuthorName | null => memo(lastInitials(raw));
  for (const { cells, line, cellCount } of rows) {
    if (cellCount !== width)
      log.add(
        line,
        `row at line ${line} has ${cellCount} cells, the header ${width}`,
        "cell count",
      );
    const title = cells.title ?? "";
    const authorCell = cells.authors ?? "";
    if (title === "" && authorCell === "") {
      log.add(line, `row at line ${line} has neither title nor authors; skipped`, "empty row");
      continue;
    }
    const { names, dropped } = splitAuthorCell(authorCell, style, nameOf);
    if (dropped.length > 0)
      log.add(
        line,
        `row at line ${line}: placeholder author${dropped.length > 1 ? "s" : ""} ${dropped.map((d) => `"${d}"`).join(", ")} dropped`,
        "placeholder author",
      );
    if (names.length === 0)
      log.add(
        line,
        `row at line ${line} has no authors; kept as a paper with no authors`,
        "no authors",
      );
    if (title === "") log.add(line, `row at line ${line} has no title`, "no title");
    const paper: PaperRecord = {
      title: decodeLatexMarkup(title.replace(/\s+/g, " ")),
      authors: names,
      line,
    };
    const year = readYear(cells.year);
    if (year !== undefined) paper.year = year;
    if (cells.venue !== undefined) paper.venue = cells.venue;
    const doi = cells.doi === undefined ? undefined : cleanDoi(cells.doi);
    if (doi !== undefined) paper.doi = doi;
    const abstract = cells.abstract;
    if (abstract !== undefined && !/^\[no abstract available\]$/i.test(abstract))
      paper.abstract = decodeLatexMarkup(abstract);
    output.add(paper);
  }
  return { file, format: "csv", papers: output.papers, warnings: log.finish() };
}

/**
 * The header cells of a CSV/TSV text (its first line, split at the delimiter it uses), or []
 * when the first line is empty or starts like JSON, XML or BibTeX.
 */
export function csvHeader(text: string): string[] {
  const s = stripBom(text.slice(0, 65536));
  const firstLine = s.slice(0, s.search(/\r?\n|$/));
  if (firstLine.trim() === "" || /^\s*[[{<@]/.test(firstLine)) return [];
  return Papa.parse<string[]>(firstLine, { delimiter: headerDelimiter(firstLine) }).data[0] ?? [];
}

/**
 * Sniffs a CSV/TSV table: 0.9 when the first line, split at its delimiter, names both a title
 * column and an authors column (see {@link CSV_COLUMNS}); else 0.
 */
export function sniffCsv(text: string): number {
  const header = csvHeader(text);
  const columns = findColumns(header);
  return columns.title !== undefined && columns.authors !== undefined && header.length >= 2
    ? 0.9
    : 0;
}

/** CSV for the detection table. */
export const CSV_FORMAT: FormatParser = {
  format: "csv",
  sniff: sniffCsv,
  parse: parseCsv,
  stream: createCsvStream,
};
