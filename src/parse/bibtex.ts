// BibTeX/BibLaTeX files → paper records: titles, decoded author names, year, venue, DOI, abstract.
import { scopusEidInUrl, validPaperIds } from "../model/links.ts";
import type { AuthorName, PaperRecord, ParseResult } from "../model/types.ts";
import type { FormatParser } from "./format-parser.ts";
import { splitBibtexAuthors } from "./bibtex-names.ts";
import { createBibtexReaderStream, type BibtexEntry } from "./bibtex-reader.ts";
import { decodeLatex, MAX_LATEX_DEPTH, takeLatexTooDeep } from "./latex.ts";
import { memoParseName } from "./name-cache.ts";
import { isPlaceholderAuthor } from "./names.ts";
import { createPaperOutput, type RecordSink, type StreamParser } from "./stream-parser.ts";
import { createWarningLog, type WarningLog } from "./warning-log.ts";

export interface BibtexOptions {
  /** File name used in warnings and in the result. */
  file: string;
}

export const DEFAULT_BIBTEX_OPTIONS: BibtexOptions = { file: "input.bib" };

/** Entry types that hold no publication of their own. */
const NOT_PAPERS = new Set(["set", "xdata"]);

/** An identifier field's raw value without braces and LaTeX escapes (`\_` → `_`). */
function bareField(raw: string | undefined): string | undefined {
  return raw
    ?.replace(/[{}]/g, "")
    .replace(/\\([_&%#$])/g, "$1")
    .trim();
}

/**
 * Reads a DOI field: LaTeX escapes (`\_`) and braces removed, `https://doi.org/` or `doi:` prefix
 * dropped. Not passed through the LaTeX decoder, which would turn `--` into a dash.
 */
export function cleanDoi(raw: string): string | undefined {
  const doi = raw
    .replace(/\\([^A-Za-z])/g, "$1")
    .replace(/[{}\s]/g, "")
    .replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:)/i, "");
  return doi === "" ? undefined : doi;
}

/** The first four-digit year in a `year` or `date` value (`{2019}`, `2019///`, `2019-03`). */
export function readYear(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const match = /(?:^|\D)(\d{4})(?!\d)/.exec(raw);
  return match ? Number(match[1]) : undefined;
}

/**
 * The venue of an entry whose crossref target is not in the file (krr.bib's targets live in
 * another file): the target's key as written (`lpnmr15`), which names the proceedings volume and
 * so keeps a workshop and a conference version of one paper apart.
 */
function crossrefVenue(raw: string | undefined): string | undefined {
  const key = raw?.trim();
  return key ? key : undefined;
}

/** Decodes a raw LaTeX field to text, or undefined when it is empty. */
function text(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const decoded = decodeLatex(raw);
  return decoded === "" ? undefined : decoded;
}

/**
 * Parses a BibTeX or BibLaTeX file into paper records.
 *
 * - Authors: the `author` field split at top-level `and`, each name decoded from LaTeX
 *   (`Mart{\'{\i}}n` → Martín, `Jean{-}Jacques` → Jean-Jacques), `Last, Jr, First` and particles
 *   kept, `{{The STREAM Group}}` one author; `and others` and placeholders dropped with a warning.
 *   Editors are not authors.
 * - Entries without an author are reported in one summary warning (kind `no authors`; the corpus
 *   leaves them out: they add nothing to the coauthor network); entries without a title are
 *   kept (title `""`) and warned about.
 * - Venue: `journal`, `journaltitle` or `booktitle` (macros expanded), else the crossref target's
 *   `booktitle` or `title` (the crossref key itself when the target is not in the file); year
 *   from `year`, else `date`, else the crossref target. Entries that
 *   only serve as crossref targets and have no author are venues, not papers.
 * - Duplicate keys are warned about and both entries kept (the corpus merges true duplicates).
 * - Broken entries are skipped with a warning naming file and line; the rest loads.
 */
export function parseBibtex(input: string, options: Partial<BibtexOptions> = {}): ParseResult {
  const stream = createBibtexStream(options);
  stream.push(input);
  return stream.end();
}

/** The fields {@link parseBibtex} reads; a stream holds only these of each entry. */
const USED_FIELDS: ReadonlySet<string> = new Set([
  "author",
  "title",
  "year",
  "date",
  "journal",
  "journaltitle",
  "booktitle",
  "doi",
  "biburl",
  "pmid",
  "url",
  "abstract",
  "crossref",
]);

/**
 * The BibTeX parser fed in pieces ({@link parseBibtex} is this with one piece). Entries are read
 * as they complete and only their used fields kept; papers are made at the end, when every
 * crossref target (often after the entries naming it) is known.
 */
export function createBibtexStream(
  options: Partial<BibtexOptions> & { sink?: RecordSink } = {},
): StreamParser {
  const { file } = { ...DEFAULT_BIBTEX_OPTIONS, ...options };
  const log = createWarningLog(file);
  const reader = createBibtexReaderStream(log, { keepFields: USED_FIELDS });
  return {
    push: (chunk) => reader.push(chunk),
    end: () => toPapers(reader.end().entries, file, log, createPaperOutput(options.sink)),
  };
}

/** Entries → paper records: duplicate keys, crossrefs, names, venue, year, DOI, abstract. */
function toPapers(
  all: BibtexEntry[],
  file: string,
  log: WarningLog,
  output: ReturnType<typeof createPaperOutput>,
): ParseResult {
  const entries = all.filter((e) => !NOT_PAPERS.has(e.type));

  const byKey = new Map<string, BibtexEntry>();
  for (const entry of entries) {
    if (entry.key === "") continue;
    const lower = entry.key.toLowerCase();
    const first = byKey.get(lower);
    if (first) {
      log.add(
        entry.line,
        `duplicate key '${entry.key}' (first at line ${first.line}); both entries kept`,
        "duplicate key",
      );
    } else byKey.set(lower, entry);
  }

  const crossrefTargets = new Set<BibtexEntry>();
  const missing: { key: string; line: number }[] = [];
  const targetOf = new Map<BibtexEntry, BibtexEntry>();
  for (const entry of entries) {
    const ref = entry.fields.get("crossref");
    if (ref === undefined) continue;
    const target = byKey.get(ref.trim().toLowerCase());
    if (target && target !== entry) {
      targetOf.set(entry, target);
      crossrefTargets.add(target);
    } else if (!target)
      missing.push({ key: ref.trim(), line: entry.fieldLines.get("crossref") ?? entry.line });
  }
  if (missing.length > 0) {
    log.add(
      missing[0].line,
      `${missing.length} crossref${missing.length > 1 ? "s" : ""} name entries not in this file ` +
        `(first: '${missing[0].key}'); venue and year are read from the entries themselves`,
    );
  }

  const nameOf = memoParseName();
  const venues = new Map<string, string | undefined>();
  const venueText = (raw: string | undefined): string | undefined => {
    if (raw === undefined) return undefined;
    if (!venues.has(raw)) venues.set(raw, text(raw));
    return venues.get(raw);
  };
  takeLatexTooDeep();
  for (const entry of entries) {
    const f = entry.fields;
    const authorRaw = f.get("author");
    if (authorRaw === undefined && crossrefTargets.has(entry)) continue;
    const target = targetOf.get(entry);
    const where = (field: string): number => entry.fieldLines.get(field) ?? entry.line;
    const label = entry.key === "" ? `@${entry.type} entry` : `entry '${entry.key}'`;

    const authors: AuthorName[] = [];
    if (authorRaw !== undefined) {
      const split = splitBibtexAuthors(authorRaw);
      const dropped: string[] = split.others ? ["others"] : [];
      for (const raw of split.names) {
        const name = nameOf(raw);
        if (name) authors.push(name);
        else dropped.push(isPlaceholderAuthor(raw) ? raw : `${raw} (empty)`);
      }
      if (dropped.length > 0) {
        log.add(
          where("author"),
          `${label}: placeholder author${dropped.length > 1 ? "s" : ""} ${dropped.map((d) => `"${d}"`).join(", ")} dropped`,
          "placeholder author",
        );
      }
    }
    if (authors.length === 0) {
      log.add(
        entry.line,
        `${label} has no author${authorRaw === undefined ? " field" : "s left"}`,
        "no authors",
      );
    }

    const title = text(f.get("title")) ?? "";
    if (title === "") {
      log.add(entry.line, `${label} has no title`, "no title");
    }
    const paper: PaperRecord = { title, authors, line: entry.line };
    const year =
      readYear(f.get("year")) ??
      readYear(f.get("date")) ??
      (target
        ? (readYear(target.fields.get("year")) ?? readYear(target.fields.get("date")))
        : undefined);
    if (year !== undefined) paper.year = year;
    const venue =
      venueText(f.get("journal")) ??
      venueText(f.get("journaltitle")) ??
      venueText(f.get("booktitle")) ??
      (target
        ? (venueText(target.fields.get("booktitle")) ?? venueText(target.fields.get("title")))
        : crossrefVenue(f.get("crossref")));
    if (venue !== undefined) paper.venue = venue;
    const doiRaw = f.get("doi");
    const doi = doiRaw === undefined ? undefined : cleanDoi(doiRaw);
    if (doi !== undefined) paper.doi = doi;
    const ids = validPaperIds({
      dblp: bareField(f.get("biburl")) ?? (/^DBLP:/.test(entry.key) ? entry.key : undefined),
      pmid: bareField(f.get("pmid")),
      scopus: scopusEidInUrl(bareField(f.get("url")) ?? "") ?? undefined,
    });
    if (ids !== undefined) paper.ids = ids;
    const abstract = text(f.get("abstract"));
    if (abstract !== undefined) paper.abstract = abstract;
    if (takeLatexTooDeep() > 0)
      log.add(
        entry.line,
        `${label}: LaTeX nested deeper than ${MAX_LATEX_DEPTH} levels; markup removed, not decoded`,
        "latex too deep",
      );
    output.add(paper);
  }
  return { file, format: "bibtex", papers: output.papers, warnings: log.finish() };
}

/** A line that starts an entry: `@name{` or `@name(` after an optional BOM and blanks. */
const ENTRY_START = /(?:^|[\r\n])[\uFEFF \t]*@[A-Za-z]+[ \t]*[{(]/;

/**
 * Sniffs BibTeX: 0.9 when the first line that is not blank (or a `%` comment) starts an entry
 * (`@name{` or `@name(` after an optional BOM and blanks); 0.8 when an entry line comes later,
 * after text (Scopus's export header, a long preamble of prose: the whole text given is searched,
 * up to 1 M characters), so that a CSV whose header names its columns wins over a row that
 * happens to start with `@Word(`; else 0.
 */
export function sniffBibtex(text: string): number {
  const head = text.slice(0, 1 << 20);
  const found = ENTRY_START.exec(head);
  if (found === null) return 0;
  const before = head.slice(0, found.index);
  return before.split(/\r\n|\r|\n/).every((l) => /^[\uFEFF\s]*(?:%.*)?$/.test(l)) ? 0.9 : 0.8;
}

/** BibTeX for the detection table. */
export const BIBTEX_FORMAT: FormatParser = {
  format: "bibtex",
  sniff: sniffBibtex,
  parse: parseBibtex,
  stream: createBibtexStream,
};
