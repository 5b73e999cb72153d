// DBLP XML (dblp.xml dumps and dblp person pages): records → papers; entities, markup, homonym numbers.
import { validPaperIds } from "../model/links.ts";
import type { AuthorName, PaperRecord, ParseResult } from "../model/types.ts";
import type { FormatParser, ParseOptions } from "./format-parser.ts";
import { memoParseName } from "./name-cache.ts";
import { isPlaceholderAuthor } from "./names.ts";
import { createWarningLog, type WarningLog } from "./warning-log.ts";
import { createPaperOutput, type StreamOptions, type StreamParser } from "./stream-parser.ts";
import { createXmlReader } from "./xml-reader.ts";

export interface DblpXmlOptions {
  /**
   * Read the editors of a record that has no authors (proceedings, edited books) as its authors.
   * Off by default: editing a volume together is not coauthorship.
   */
  editorsAsAuthors: boolean;
  /**
   * Key authors by the `pid` attribute dblp person pages give each `<author>` (`dblp:95/7448-1`,
   * with `ids.dblp` and any `orcid` attribute), not by name; authors without a pid keep their name key.
   */
  keyByPid: boolean;
}

export const DEFAULT_DBLP_XML_OPTIONS: DblpXmlOptions = {
  editorsAsAuthors: false,
  keyByPid: false,
};

/** One `<author>` or `<editor>` as written, with the person ids of its attributes. */
interface RawName {
  text: string;
  line: number;
  pid?: string;
  orcid?: string;
}

/** dblp's record elements (children of `<dblp>`, or of `<r>` in a person page). */
const RECORD_TYPES = new Set([
  "article",
  "inproceedings",
  "proceedings",
  "book",
  "incollection",
  "phdthesis",
  "mastersthesis",
  "www",
  "person",
  "data",
]);

/** Records about people, not publications: skipped without a warning (so are dblp's `dblpnote/…`
 * pseudo-records such as `(error)` or `(withdrawn)`). */
const PERSON_RECORDS = new Set(["www", "person"]);

interface OpenRecord {
  type: string;
  /** saxes closed the record while repairing a bad close tag (already reported). */
  repaired: boolean;
  key: string;
  line: number;
  authors: RawName[];
  editors: RawName[];
  title?: string;
  year?: string;
  yearLine: number;
  venue?: string;
  doi?: string;
}

interface OpenField {
  name: string;
  text: string;
  line: number;
  /** Depth of inline markup (`<i>`, `<sub>`, …) inside the field. */
  depth: number;
  pid?: string;
  orcid?: string;
}

/** dblp's mark of letters lost in an old conversion: `MiklXXXs` (a run of three or more X inside a word). */
const CORRUPTED_NAME = /\p{L}X{3,}|X{3,}\p{Ll}/u;

const DOI_IN_URL = /^(?:https?:\/\/)?(?:dx\.)?doi\.org\/(10\.\S+)$/i;

/** Whitespace collapsed, and dblp's closing period removed (`Title.` → `Title`, `Etc...` kept). */
function cleanTitle(raw: string): string {
  const title = raw.replace(/\s+/g, " ").trim();
  return /[^.]\.$/.test(title) ? title.slice(0, -1) : title;
}

/**
 * Parses DBLP XML: a `dblp.xml` dump (or part of one) or a dblp person page (`<dblpperson>` with
 * records inside `<r>`). The text must already be decoded: read ISO-8859-1 files as Latin-1 (the
 * CLI does when the bytes are not valid UTF-8); stray U+FFFD characters are reported. The entities
 * of the missing dblp.dtd (`&uuml;`, `&eacute;`, …) are known. Each publication record becomes a
 * paper: title with inline markup (`<i>`, `<sub>`, `<sup>`, `<tt>`) flattened to its text and the
 * trailing period dropped, authors in order (homonym numbers `Thomas Seidl 0001` kept in the key,
 * not in the display), year, journal or booktitle as venue, DOI from a `doi.org` link in `<ee>`.
 * Person records (`www`, `person`) and dblp's `dblpnote/…` pseudo-records are skipped. Records
 * without authors are reported (kind `no authors`: one summary per file; the corpus leaves them
 * out); with `editorsAsAuthors`, a record with editors only is read with its editors as authors.
 * Names corrupted in dblp's own data (`MiklXXXs Csürös`: letters lost as `XXX`) are warned about.
 * XML errors are warnings with their line; saxes repairs and the rest is read.
 */
export function parseDblpXml(
  text: string,
  options: ParseOptions & Partial<DblpXmlOptions>,
): ParseResult {
  const stream = createDblpXmlStream(options);
  stream.push(text);
  return stream.end();
}

/**
 * The DBLP XML parser fed in pieces ({@link parseDblpXml} is this with one piece): saxes reads
 * each piece as it comes and each record becomes a paper when it closes, so a dblp.xml dump is
 * never held whole.
 */
export function createDblpXmlStream(
  options: StreamOptions & Partial<DblpXmlOptions>,
): StreamParser {
  const { file } = options;
  const { editorsAsAuthors, keyByPid } = { ...DEFAULT_DBLP_XML_OPTIONS, ...options };
  const log = createWarningLog(file);
  const output = createPaperOutput(options.sink);
  const parseName = memoParseName({ latex: false });
  let record: OpenRecord | null = null;
  let field: OpenField | null = null;

  const finishRecord = (r: OpenRecord): void => {
    record = null;
    field = null;
    if (!PERSON_RECORDS.has(r.type) && !r.key.startsWith("dblpnote/"))
      output.add(toPaper(r, editorsAsAuthors, log, keyByPid ? byPid(parseName) : parseName));
  };

  const reader = createXmlReader(
    {
      open(name, attributes, line) {
        if (RECORD_TYPES.has(name) && (record === null || field === null)) {
          if (record !== null) {
            if (!record.repaired)
              log.add(record.line, `<${record.type}> record not closed before the next record`);
            finishRecord(record);
          }
          record = {
            type: name,
            repaired: false,
            key: attributes.key ?? "",
            line,
            authors: [],
            editors: [],
            yearLine: line,
          };
        } else if (record !== null) {
          if (field === null)
            field = {
              name,
              text: "",
              line,
              depth: 0,
              pid: attributes.pid,
              orcid: attributes.orcid,
            };
          else field.depth++;
        }
      },
      text(t) {
        if (field !== null) field.text += t;
      },
      close(name, _line, forced) {
        if (record === null) return;
        if (field !== null) {
          if (field.depth > 0) field.depth--;
          else {
            storeField(record, field);
            field = null;
          }
        } else if (name === record.type) {
          if (forced) record.repaired = true;
          else finishRecord(record);
        }
        // A record closed by saxes's repair stays open: its remaining fields still belong to it,
        // and the next record start (or the end of the text) closes it.
      },
    },
    log,
  );
  return {
    push: (chunk) => reader.write(chunk),
    end() {
      reader.close();
      if (record !== null) finishRecord(record);
      return { file, format: "dblp-xml", papers: output.papers, warnings: log.finish() };
    },
  };
}

function storeField(record: OpenRecord, field: OpenField): void {
  const value = field.text;
  switch (field.name) {
    case "author":
      record.authors.push({ text: value, line: field.line, pid: field.pid, orcid: field.orcid });
      break;
    case "editor":
      record.editors.push({ text: value, line: field.line, pid: field.pid, orcid: field.orcid });
      break;
    case "title":
      record.title ??= cleanTitle(value);
      break;
    case "year":
      record.year ??= value.trim();
      record.yearLine = field.line;
      break;
    case "journal":
    case "booktitle":
      record.venue ??= value.replace(/\s+/g, " ").trim();
      break;
    case "ee": {
      const doi = DOI_IN_URL.exec(value.trim());
      if (doi) record.doi ??= doi[1];
      break;
    }
    default:
  }
}

type NameReader = (raw: string, ids: RawName) => AuthorName | null;

/** A name reader keying by dblp pid (and keeping an ORCID) when the author element has one. */
function byPid(parseName: (raw: string) => AuthorName | null): NameReader {
  return (raw, { pid, orcid }) => {
    const name = parseName(raw);
    if (name === null || pid === undefined || pid.trim() === "") return name;
    const dblp = pid.trim();
    return {
      name: name.name,
      key: `dblp:${dblp}`,
      ids: orcid === undefined ? { dblp } : { dblp, orcid: orcid.trim().toUpperCase() },
    };
  };
}

function readNames(
  list: RawName[],
  record: OpenRecord,
  log: WarningLog,
  parseName: NameReader,
): AuthorName[] {
  const names: AuthorName[] = [];
  for (const raw of list) {
    const { text, line } = raw;
    const name = parseName(text, raw);
    if (name !== null) {
      names.push(name);
      if (CORRUPTED_NAME.test(text))
        log.add(
          line,
          `${record.key}: author name "${text.trim()}" is corrupted in the source (letters lost as "XXX"); kept as written`,
          "corrupted name",
        );
    } else if (isPlaceholderAuthor(text))
      log.add(
        line,
        `${record.key}: placeholder author "${text.trim()}" dropped`,
        "placeholder author",
      );
    else log.add(line, `${record.key}: empty author name dropped`, "empty author");
  }
  return names;
}

function toPaper(
  r: OpenRecord,
  editorsAsAuthors: boolean,
  log: WarningLog,
  parseName: NameReader,
): PaperRecord {
  const label = r.key === "" ? `<${r.type}>` : r.key;
  let authors = readNames(r.authors, r, log, parseName);
  if (authors.length === 0 && r.editors.length > 0) {
    if (editorsAsAuthors) authors = readNames(r.editors, r, log, parseName);
    else
      log.add(
        r.line,
        `${label} has editors but no authors (editors are not coauthors)`,
        "no authors",
      );
  }
  if (authors.length === 0 && (r.editors.length === 0 || editorsAsAuthors))
    log.add(r.line, `${label} has no authors`, "no authors");
  const title = r.title ?? "";
  if (title === "") log.add(r.line, `${label} has no title`, "no title");
  const paper: PaperRecord = { title, authors, line: r.line };
  if (r.year !== undefined) {
    if (/^\d{4}$/.test(r.year)) paper.year = Number(r.year);
    else log.add(r.yearLine, `${label}: year "${r.year}" is not a year; ignored`, "bad year");
  }
  if (r.venue) paper.venue = r.venue;
  if (r.doi) paper.doi = r.doi;
  const ids = validPaperIds({ dblp: r.key });
  if (ids !== undefined) paper.ids = ids;
  return paper;
}

/** Sniffs a `<dblp>` or `<dblpperson>` root, or a DOCTYPE naming dblp, in the first 4 KB. */
function sniffDblpXml(text: string): number {
  const head = text.slice(0, 4096);
  if (/<!DOCTYPE\s+dblp\b|<dblp(?:person)?[\s>]/.test(head)) return 1;
  return 0;
}

/** DBLP XML in the format registry. */
export const DBLP_XML_FORMAT: FormatParser = {
  format: "dblp-xml",
  sniff: sniffDblpXml,
  parse: (text, options) => parseDblpXml(text, options),
  stream: (options) => createDblpXmlStream(options),
};
