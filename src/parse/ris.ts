// RIS files (`TY  - JOUR` … `ER  -`) → paper records: authors, title, year, venue, DOI, abstract.
import { scopusEidInUrl, validPaperIds } from "../model/links.ts";
import type { AuthorName, PaperRecord, ParseResult } from "../model/types.ts";
import { cleanDoi, readYear } from "./bibtex.ts";
import type { FormatParser } from "./format-parser.ts";
import { memoParseName } from "./name-cache.ts";
import {
  createLineSplitter,
  createPaperOutput,
  type RecordSink,
  type StreamParser,
} from "./stream-parser.ts";
import { stripBom } from "./text-lines.ts";
import { createWarningLog } from "./warning-log.ts";

export interface RisOptions {
  /** File name used in warnings and in the result. */
  file: string;
}

export const DEFAULT_RIS_OPTIONS: RisOptions = { file: "input.ris" };

/** A tag line: two-character tag, one or two spaces, a hyphen, then the value. */
const TAG_LINE = /^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$/;

/** Tags holding primary authors. A2/A3/ED are editors and series editors, not authors. */
const AUTHOR_TAGS = new Set(["AU", "A1"]);
/** Title tags, most specific first. */
const TITLE_TAGS = ["TI", "T1", "CT"];
/** Venue tags, full names before abbreviations. */
const VENUE_TAGS = ["JF", "T2", "JO", "BT", "JA", "J2", "T3"];
const YEAR_TAGS = ["PY", "Y1", "DA", "Y2"];
const ABSTRACT_TAGS = ["AB", "N2"];

interface RawRecord {
  line: number;
  type: string;
  fields: Map<string, string[]>;
  /** Author values (`AU` and `A1`) in file order. */
  authors: string[];
}

const first = (record: RawRecord, tags: readonly string[]): string | undefined => {
  for (const tag of tags) {
    const values = record.fields.get(tag);
    if (values)
      for (const v of values) {
        const t = v.trim();
        if (t !== "") return t;
      }
  }
  return undefined;
};

/**
 * Parses an RIS file into paper records. Records run from `TY` to `ER`; a missing `ER` or `TY` is
 * repaired with a warning. Authors come from `AU`/`A1` lines (`Ribeiro, Jr, J.W.` →
 * `J.W. Ribeiro Jr`); editors (`A2`, `A3`, `ED`) are not authors. Title from `TI`/`T1`, year from
 * `PY`/`Y1`/`DA` (`2019///`), venue from `JF`/`T2`/`JO`/…, DOI from `DO` (or a doi.org `UR`),
 * abstract from `AB`/`N2`. Lines that are not tag lines continue the previous value. A BOM and CRLF
 * line ends are accepted. Records without authors are kept (no coauthor links) and warned about.
 */
export function parseRis(input: string, options: Partial<RisOptions> = {}): ParseResult {
  const stream = createRisStream(options);
  stream.push(input);
  return stream.end();
}

/**
 * The RIS parser fed in pieces ({@link parseRis} is this with one piece): each record becomes a
 * paper as soon as its `ER` line is read, so only the open record is held.
 */
export function createRisStream(
  options: Partial<RisOptions> & { sink?: RecordSink } = {},
): StreamParser {
  const { file } = { ...DEFAULT_RIS_OPTIONS, ...options };
  const output = createPaperOutput(options.sink);
  const log = createWarningLog(file);
  /** Warnings about record contents, logged after the structural ones (as a two-pass reader would). */
  const deferred: { line: number; message: string; kind: string }[] = [];
  const nameOf = memoParseName({ latex: false });
  let current: RawRecord | null = null;
  /** The arrays whose last value a continuation line extends. */
  let lastValues: string[][] = [];
  let strayStart = 0;

  const close = (): void => {
    if (current) output.add(toPaper(current, nameOf, deferred));
    current = null;
    lastValues = [];
  };

  const splitter = createLineSplitter((line, lineNo) => {
    const raw = line.replace(/^\uFEFF/, "");
    const match = TAG_LINE.exec(raw.trimEnd());
    if (!match) {
      if (raw.trim() === "") return;
      if (current && lastValues.length > 0) {
        // A wrapped value (long abstracts, some exporters): join with a space.
        for (const values of lastValues) values[values.length - 1] += ` ${raw.trim()}`;
      } else if (strayStart === 0) {
        strayStart = lineNo;
        log.add(
          lineNo,
          `text outside a record ignored: "${raw.trim().slice(0, 60)}"`,
          "stray text",
        );
      }
      return;
    }
    strayStart = 0;
    const tag = match[1];
    const value = (match[2] ?? "").trim();
    if (tag === "TY") {
      if (current) {
        log.add(
          current.line,
          `record at line ${current.line} has no ER line; it ends at line ${lineNo}`,
          "missing ER",
        );
        close();
      }
      current = { line: lineNo, type: value, fields: new Map(), authors: [] };
      return;
    }
    if (tag === "ER") {
      if (!current) log.add(lineNo, "ER line without a record", "missing TY");
      close();
      return;
    }
    if (!current) {
      log.add(
        lineNo,
        `${tag} line before any TY line: a record without TY is started`,
        "missing TY",
      );
      current = { line: lineNo, type: "", fields: new Map(), authors: [] };
    }
    const record: RawRecord = current;
    let values = record.fields.get(tag);
    if (!values) {
      values = [];
      record.fields.set(tag, values);
    }
    values.push(value);
    lastValues = [values];
    if (AUTHOR_TAGS.has(tag)) {
      record.authors.push(value);
      lastValues.push(record.authors);
    }
  });

  let atStart = true;
  return {
    push(chunk) {
      splitter.push(atStart ? stripBom(chunk) : chunk);
      if (chunk !== "") atStart = false;
    },
    end() {
      splitter.end();
      if (current !== null) {
        const open: RawRecord = current;
        log.add(
          open.line,
          `record at line ${open.line} has no ER line; it ends at the end of the file`,
          "missing ER",
        );
        close();
      }
      for (const w of deferred) log.add(w.line, w.message, w.kind);
      return { file, format: "ris", papers: output.papers, warnings: log.finish() };
    },
  };
}

/** One finished record → a paper; problems with its contents go to `deferred`. */
function toPaper(
  record: RawRecord,
  nameOf: (raw: string) => AuthorName | null,
  deferred: { line: number; message: string; kind: string }[],
): PaperRecord {
  const warn = (message: string, kind: string) =>
    deferred.push({ line: record.line, message, kind });
  const authors: AuthorName[] = [];
  const dropped: string[] = [];
  for (const value of record.authors) {
    if (value.trim() === "") continue;
    const name = nameOf(value);
    if (name) authors.push(name);
    else dropped.push(value);
  }
  if (dropped.length > 0)
    warn(
      `record at line ${record.line}: placeholder author${dropped.length > 1 ? "s" : ""} ${dropped.map((d) => `"${d}"`).join(", ")} dropped`,
      "placeholder author",
    );
  if (authors.length === 0)
    warn(
      `record at line ${record.line} has no authors; kept as a paper with no authors`,
      "no authors",
    );
  const title = first(record, TITLE_TAGS) ?? "";
  if (title === "") warn(`record at line ${record.line} has no title (TI or T1)`, "no title");
  const paper: PaperRecord = { title: title.replace(/\s+/g, " "), authors, line: record.line };
  const yearTag = YEAR_TAGS.map((t) => record.fields.get(t)?.[0]).find((v) => v !== undefined);
  const year = readYear(yearTag);
  if (year !== undefined) paper.year = year;
  const venue = first(record, VENUE_TAGS);
  if (venue !== undefined && venue !== title) paper.venue = venue;
  const doiRaw =
    first(record, ["DO"]) ??
    (record.fields.get("UR") ?? []).find((u) => /^https?:\/\/(?:dx\.)?doi\.org\//i.test(u));
  const doi = doiRaw === undefined ? undefined : cleanDoi(doiRaw);
  if (doi !== undefined) paper.doi = doi;
  const eid = (record.fields.get("UR") ?? []).map(scopusEidInUrl).find((e) => e !== null);
  const ids = eid === undefined ? undefined : validPaperIds({ scopus: eid });
  if (ids !== undefined) paper.ids = ids;
  const abstract = first(record, ABSTRACT_TAGS);
  if (abstract !== undefined) paper.abstract = abstract.replace(/\s+/g, " ");
  return paper;
}

/**
 * Sniffs RIS: 0.95 when one of the first non-blank lines is a `TY  - ` line (after an optional BOM),
 * 0.6 when the first lines are all RIS tag lines without a `TY`, else 0.
 */
export function sniffRis(text: string): number {
  const head = stripBom(text.slice(0, 8192))
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== "")
    .slice(0, 10);
  if (head.length === 0) return 0;
  if (head.some((l) => /^TY {1,2}- ?/.test(l))) return 0.95;
  return head.every((l) => TAG_LINE.test(l.trimEnd())) ? 0.6 : 0;
}

/** RIS for the detection table. */
export const RIS_FORMAT: FormatParser = {
  format: "ris",
  sniff: sniffRis,
  parse: parseRis,
  stream: createRisStream,
};
