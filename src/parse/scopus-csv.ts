// Scopus CSV exports (`Authors`, `Author full names`, `Author(s) ID`, …) → paper records, authors keyed by Scopus id.
import { validPaperIds } from "../model/links.ts";
import type { AuthorName, PaperRecord, ParseResult } from "../model/types.ts";
import { dropSharedIds, normalizeScopusId, resolveIdsWithinFile, withIds } from "./author-ids.ts";
import { cleanDoi, readYear } from "./bibtex.ts";
import { createCsvRowReader, csvHeader } from "./csv.ts";
import type { FormatParser } from "./format-parser.ts";
import { memoParseName } from "./name-cache.ts";
import { createPaperOutput, type RecordSink, type StreamParser } from "./stream-parser.ts";
import { createWarningLog } from "./warning-log.ts";

export interface ScopusCsvOptions {
  /** File name used in warnings and in the result. */
  file: string;
}

export const DEFAULT_SCOPUS_CSV_OPTIONS: ScopusCsvOptions = { file: "scopus.csv" };

/** Header names (lower case) of the columns read. */
const COLUMNS = {
  authors: "authors",
  fullNames: "author full names",
  ids: "author(s) id",
  title: "title",
  year: "year",
  venue: "source title",
  doi: "doi",
  cited: "cited by",
  abstract: "abstract",
  eid: "eid",
  pmid: "pubmed id",
} as const;
type Column = keyof typeof COLUMNS;

/** `Porter D.E.` (Scopus `Authors`: surname, then initials) → `Porter, D.E.`; else unchanged. */
function lastInitials(name: string): string {
  const m = /^(.*\S)\s+((?:\p{Lu}\.\s?)+(?:-\p{Lu}\.)?)$/u.exec(name.trim());
  return m && !m[1].includes(",") ? `${m[1]}, ${m[2].trim()}` : name;
}

/** `Unnikrishnan, M.A. (57197735070)` → name and id (id undefined when absent). */
function splitFullName(entry: string): { name: string; id?: string } {
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(entry.trim());
  if (m === null) return { name: entry.trim() };
  const id = normalizeScopusId(m[2]);
  return id === undefined ? { name: entry.trim() } : { name: m[1], id };
}

const isPlaceholder = (s: string): boolean => /^\[.*\]$/.test(s.trim());

/**
 * Parses a Scopus CSV export. Authors come from `Author full names` (`Last, First (id); …`,
 * newer exports), else from `Authors` (`Last I.; …`, or comma-separated in older exports) with
 * the ids of `Author(s) ID` taken by position when the counts agree. A Scopus author id keys its
 * author (`scopus:57197735070`): two people with one name and two ids stay two authors.
 * `[No author name available]` is dropped with a warning. Title `Title`, year `Year`, venue
 * `Source title`, DOI `DOI`, times cited `Cited by`, abstract `Abstract` (Scopus's `[No abstract
 * available]` left out). Throws when the header has no `Title` or no authors column.
 */
export function parseScopusCsv(
  input: string,
  options: Partial<ScopusCsvOptions> = {},
): ParseResult {
  const stream = createScopusCsvStream(options);
  stream.push(input);
  return stream.end();
}

/**
 * The Scopus CSV parser fed in pieces ({@link parseScopusCsv} is this with one piece): rows are
 * read as they come, their papers handed over at the end of the file (an author without id may
 * take the id met for the same name on a later row, see resolveIdsWithinFile).
 */
export function createScopusCsvStream(
  options: Partial<ScopusCsvOptions> & { sink?: RecordSink } = {},
): StreamParser {
  const { file } = { ...DEFAULT_SCOPUS_CSV_OPTIONS, ...options };
  const log = createWarningLog(file);
  const output = createPaperOutput(options.sink);
  const nameOf = memoParseName({ latex: false, homonymNumbers: false });
  const papers: PaperRecord[] = [];
  let columns: Partial<Record<Column, number>> | null = null;
  let width = 0;

  const reader = createCsvRowReader(log, (cells, line) => {
    if (columns === null) {
      const lower = cells.map((h) =>
        h
          .replace(/^\uFEFF/, "")
          .trim()
          .toLowerCase(),
      );
      columns = {};
      for (const column of Object.keys(COLUMNS) as Column[]) {
        const at = lower.indexOf(COLUMNS[column]);
        if (at >= 0) columns[column] = at;
      }
      width = cells.length;
      if (
        columns.title === undefined ||
        (columns.authors === undefined && columns.fullNames === undefined)
      )
        throw new Error(
          `coauthor-atlas/parse: ${file}: line 1: Scopus CSV header needs Title and Authors or Author full names`,
        );
      return;
    }
    const cols = columns;
    const cell = (c: Column): string => {
      const at = cols[c];
      return at === undefined ? "" : (cells[at] ?? "").trim();
    };
    if (cells.length !== width)
      log.add(
        line,
        `row at line ${line} has ${cells.length} cells, the header ${width}`,
        "cell count",
      );
    const authors: AuthorName[] = [];
    const dropped: string[] = [];
    const add = (raw: string, id: string | undefined): void => {
      if (raw.trim() === "") return;
      const name = isPlaceholder(raw) ? null : nameOf(raw);
      if (name === null) dropped.push(raw.trim());
      else authors.push(id === undefined ? name : withIds(name, { scopus: id }));
    };
    const full = cell("fullNames");
    if (full !== "") {
      for (const entry of full.split(";")) {
        if (entry.trim() === "") continue;
        const { name, id } = splitFullName(entry);
        add(name, id);
      }
    } else {
      const short = cell("authors");
      const names = (short.includes(";") ? short.split(";") : short.split(","))
        .map((n) => n.trim())
        .filter((n) => n !== "");
      const ids = cell("ids")
        .split(";")
        .map((i) => i.trim())
        .filter((i) => i !== "");
      const aligned = ids.length === names.length;
      if (!aligned && ids.length > 0)
        log.add(
          line,
          `row at line ${line}: ${names.length} authors but ${ids.length} author ids; ids ignored`,
          "author ids",
        );
      names.forEach((n, i) =>
        add(lastInitials(n), aligned ? normalizeScopusId(ids[i]) : undefined),
      );
    }
    if (dropped.length > 0)
      log.add(
        line,
        `row at line ${line}: placeholder author${dropped.length > 1 ? "s" : ""} ${dropped.map((d) => `"${d}"`).join(", ")} dropped`,
        "placeholder author",
      );
    const title = cell("title").replace(/\s+/g, " ");
    if (title === "" && authors.length === 0) {
      log.add(line, `row at line ${line} has neither title nor authors; skipped`, "empty row");
      return;
    }
    if (authors.length === 0)
      log.add(
        line,
        `row at line ${line} has no authors; kept as a paper with no authors`,
        "no authors",
      );
    if (title === "") log.add(line, `row at line ${line} has no title`, "no title");
    const checked = dropSharedIds(authors);
    for (const d of checked.dropped)
      log.add(
        line,
        `row at line ${line}: ${d.token.replace(":", " ")} is given to ${d.names.map((n) => `"${n}"`).join(" and ")}; ignored for them`,
        "shared id",
      );
    const paper: PaperRecord = { title, authors: checked.authors, line };
    const year = readYear(cell("year"));
    if (year !== undefined) paper.year = year;
    const venue = cell("venue");
    if (venue !== "") paper.venue = venue;
    const doi = cell("doi") === "" ? undefined : cleanDoi(cell("doi"));
    if (doi !== undefined) paper.doi = doi;
    const ids = validPaperIds({ scopus: cell("eid"), pmid: cell("pmid") });
    if (ids !== undefined) paper.ids = ids;
    const cited = cell("cited");
    if (/^\d+$/.test(cited)) paper.citations = Number(cited);
    const abstract = cell("abstract");
    if (abstract !== "" && !/^\[no abstract available\]$/i.test(abstract))
      paper.abstract = abstract;
    papers.push(paper);
  });

  return {
    push: reader.push,
    end() {
      reader.end();
      if (columns === null)
        throw new Error(`coauthor-atlas/parse: ${file}: CSV file has no header row`);
      resolveIdsWithinFile(papers);
      for (const paper of papers) output.add(paper);
      papers.length = 0;
      return { file, format: "scopus-csv", papers: output.papers, warnings: log.finish() };
    },
  };
}

/**
 * Sniffs a Scopus CSV export: 0.95 when the header names a `Title` column and an `Author(s) ID`
 * or `Author full names` column (Scopus's own names), else 0. A generic CSV with a title and an
 * authors column scores 0.9 with the CSV parser and goes there.
 */
export function sniffScopusCsv(text: string): number {
  const header = csvHeader(text).map((h) => h.trim().toLowerCase());
  if (!header.includes("title")) return 0;
  return header.includes("author(s) id") || header.includes("author full names") ? 0.95 : 0;
}

/** Scopus CSV for the detection table. */
export const SCOPUS_CSV_FORMAT: FormatParser = {
  format: "scopus-csv",
  sniff: sniffScopusCsv,
  parse: parseScopusCsv,
  stream: createScopusCsvStream,
};
