// PubMed / MEDLINE text (`PMID-`, `FAU -`, `AU  -`, `AUID-`, `CN  -`, …) → paper records, authors keyed by ORCID.
import { validPaperIds } from "../model/links.ts";
import type { AuthorName, PaperRecord, ParseResult } from "../model/types.ts";
import { dropSharedIds, normalizeOrcid, resolveIdsWithinFile, withIds } from "./author-ids.ts";
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
import { createWarningLog, type WarningLog } from "./warning-log.ts";

export interface PubmedOptions {
  /** File name used in warnings and in the result. */
  file: string;
}

export const DEFAULT_PUBMED_OPTIONS: PubmedOptions = { file: "pubmed.txt" };

/** A field line: a tag of up to four characters padded with spaces to four, `- `, the value. */
const TAG_LINE = /^([A-Z][A-Z0-9]{1,3}) {0,2}- ?(.*)$/;

/** One author of a record: full and short name as written, and an ORCID. */
interface RawAuthor {
  full?: string;
  short?: string;
  orcid?: string;
  /** An `AUID-` value that is not a valid ORCID. */
  badId?: string;
}

interface RawRecord {
  line: number;
  fields: Map<string, string[]>;
  authors: RawAuthor[];
  groups: string[];
}

const first = (record: RawRecord, tag: string): string | undefined => {
  const v = record.fields.get(tag)?.[0]?.replace(/\s+/g, " ").trim();
  return v === undefined || v === "" ? undefined : v;
};

/** `Sathyan S` / `Barzilai N` (PubMed `AU`: surname, then initials) → `Sathyan, S`. */
function shortToLastFirst(short: string): string {
  const m = /^(.*\S)\s+(\p{Lu}{1,4})$/u.exec(short.trim());
  return m ? `${m[1]}, ${m[2]}` : short;
}

/** What the whole file's warnings summarize. */
interface FileTally {
  groups: number;
  groupLine: number;
  firstGroup: string;
}

/**
 * Parses a PubMed / MEDLINE export (records start at `PMID-`, blank lines between them; tags
 * padded to four characters, continuation lines indented by six spaces; CRLF accepted). Authors
 * are the full `FAU` names (`Sathyan, Sanish` → `Sanish Sathyan`), else the short `AU` names
 * (`Sathyan S`); an `AUID- ORCID: …` keys its author (`orcid:…`), and the same name without it
 * elsewhere in the file takes it (see resolveIdsWithinFile). `CN` group authors (a consortium,
 * not a person) are left out of the authors, with one summarizing warning per file; investigators
 * (`FIR`/`IR`) are not authors. Title `TI`, venue `JT` (else `TA`), year from `DP` (`2023 Jun`),
 * DOI from `LID`/`AID` values ending in `[doi]`, abstract `AB`.
 */
export function parsePubmed(input: string, options: Partial<PubmedOptions> = {}): ParseResult {
  const stream = createPubmedStream(options);
  stream.push(input);
  return stream.end();
}

/**
 * The PubMed parser fed in pieces ({@link parsePubmed} is this with one piece). Records are read
 * as the lines come; papers are handed over at the end of the file, since an ORCID met later
 * applies to the same name on earlier records.
 */
export function createPubmedStream(
  options: Partial<PubmedOptions> & { sink?: RecordSink } = {},
): StreamParser {
  const { file } = { ...DEFAULT_PUBMED_OPTIONS, ...options };
  const output = createPaperOutput(options.sink);
  const log = createWarningLog(file);
  const nameOf = memoParseName({ latex: false, homonymNumbers: false });
  const papers: PaperRecord[] = [];
  const tally: FileTally = { groups: 0, groupLine: 0, firstGroup: "" };
  let current: RawRecord | null = null;
  /** The value list a continuation line extends. */
  let lastValues: string[] | null = null;
  let strayReported = false;

  const close = (): void => {
    if (current) papers.push(toPaper(current, nameOf, log, tally));
    current = null;
    lastValues = null;
  };

  const splitter = createLineSplitter((line, lineNo) => {
    if (line.trim() === "") {
      lastValues = null;
      return;
    }
    if (/^\s/.test(line)) {
      if (lastValues !== null && lastValues.length > 0)
        lastValues[lastValues.length - 1] += ` ${line.trim()}`;
      else if (!strayReported) {
        log.add(lineNo, "continuation line outside a field ignored", "stray text");
        strayReported = true;
      }
      return;
    }
    const match = TAG_LINE.exec(line.trimEnd());
    if (match === null) {
      log.add(
        lineNo,
        `line is not a MEDLINE field ("${line.trim().slice(0, 40)}"); ignored`,
        "not a field",
      );
      lastValues = null;
      return;
    }
    const tag = match[1];
    const value = match[2].trim();
    if (tag === "PMID") close();
    if (current === null) {
      if (tag !== "PMID")
        log.add(lineNo, `${tag} line before any PMID line: a record is started`, "missing PMID");
      current = { line: lineNo, fields: new Map(), authors: [], groups: [] };
    }
    const record: RawRecord = current;
    let values = record.fields.get(tag);
    if (values === undefined) record.fields.set(tag, (values = []));
    values.push(value);
    lastValues = values;
    const last = record.authors[record.authors.length - 1];
    if (tag === "FAU") record.authors.push({ full: value });
    else if (tag === "AU") {
      if (last !== undefined && last.short === undefined && last.full !== undefined)
        last.short = value;
      else record.authors.push({ short: value });
    } else if (tag === "AUID" && last !== undefined) {
      const m = /^ORCID:\s*(.*)$/i.exec(value);
      if (m) {
        const orcid = normalizeOrcid(m[1]);
        if (orcid !== undefined) last.orcid ??= orcid;
        else last.badId = m[1];
      }
    } else if (tag === "CN") record.groups.push(value);
  });

  let atStart = true;
  return {
    push(chunk) {
      splitter.push(atStart ? stripBom(chunk) : chunk);
      if (chunk !== "") atStart = false;
    },
    end() {
      splitter.end();
      close();
      resolveIdsWithinFile(papers);
      for (const paper of papers) output.add(paper);
      papers.length = 0;
      if (tally.groups > 0)
        log.add(
          tally.groupLine,
          `${tally.groups} group author${tally.groups > 1 ? "s" : ""} (CN, a consortium, not a person) left out of the authors, first "${tally.firstGroup}" at line ${tally.groupLine}`,
        );
      return { file, format: "pubmed", papers: output.papers, warnings: log.finish() };
    },
  };
}

/** The first `LID`/`AID` value marked `[doi]`, without the mark. */
function doiOf(record: RawRecord): string | undefined {
  for (const tag of ["LID", "AID"])
    for (const v of record.fields.get(tag) ?? []) {
      const m = /^(.*\S)\s*\[doi\]$/i.exec(v.trim());
      if (m) return cleanDoi(m[1]);
    }
  return undefined;
}

function toPaper(
  record: RawRecord,
  nameOf: (raw: string) => AuthorName | null,
  log: WarningLog,
  tally: FileTally,
): PaperRecord {
  const line = record.line;
  const authors: AuthorName[] = [];
  const dropped: string[] = [];
  for (const a of record.authors) {
    const raw = a.full ?? (a.short === undefined ? "" : shortToLastFirst(a.short));
    const name = raw === "" ? null : nameOf(raw);
    if (name === null) {
      if (raw !== "") dropped.push(raw);
      continue;
    }
    if (a.badId !== undefined)
      log.add(line, `record at line ${line}: "${a.badId}" is not an ORCID iD; ignored`, "bad id");
    authors.push(a.orcid === undefined ? name : withIds(name, { orcid: a.orcid }));
  }
  if (dropped.length > 0)
    log.add(
      line,
      `record at line ${line}: placeholder author${dropped.length > 1 ? "s" : ""} ${dropped.map((d) => `"${d}"`).join(", ")} dropped`,
      "placeholder author",
    );
  for (const group of record.groups) {
    if (tally.groups === 0) {
      tally.groupLine = line;
      tally.firstGroup = group;
    }
    tally.groups++;
  }
  if (authors.length === 0)
    log.add(
      line,
      `record at line ${line} has no authors${record.groups.length > 0 ? " (only a group author)" : ""}; kept as a paper with no authors`,
      "no authors",
    );
  const title = first(record, "TI") ?? first(record, "TT") ?? "";
  if (title === "") log.add(line, `record at line ${line} has no title (TI)`, "no title");
  const checked = dropSharedIds(authors);
  for (const d of checked.dropped)
    log.add(
      line,
      `record at line ${line}: ${d.token.replace(":", " ")} is given to ${d.names.map((n) => `"${n}"`).join(" and ")}; ignored for them`,
      "shared id",
    );
  const paper: PaperRecord = { title, authors: checked.authors, line };
  const year = readYear(first(record, "DP"));
  if (year !== undefined) paper.year = year;
  const venue = first(record, "JT") ?? first(record, "TA");
  if (venue !== undefined) paper.venue = venue;
  const doi = doiOf(record);
  if (doi !== undefined) paper.doi = doi;
  const ids = validPaperIds({ pmid: first(record, "PMID") });
  if (ids !== undefined) paper.ids = ids;
  const abstract = first(record, "AB");
  if (abstract !== undefined) paper.abstract = abstract;
  return paper;
}

/**
 * Sniffs PubMed / MEDLINE: 0.98 when the first non-blank line (after a BOM) is a `PMID-` line;
 * 0.9 when a `PMID-` line and another MEDLINE field (`TI  - `, `FAU - `) are among the first lines.
 */
export function sniffPubmed(input: string): number {
  const head = stripBom(input.slice(0, 8192))
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== "")
    .slice(0, 20);
  if (head.length === 0) return 0;
  if (/^PMID- ?\d/.test(head[0])) return 0.98;
  if (head.some((l) => /^PMID- ?\d/.test(l)) && head.some((l) => /^(?:TI {2}|FAU ) ?- /.test(l)))
    return 0.9;
  return 0;
}

/** PubMed / MEDLINE for the detection table. */
export const PUBMED_FORMAT: FormatParser = {
  format: "pubmed",
  sniff: sniffPubmed,
  parse: parsePubmed,
  stream: createPubmedStream,
};
