// OpenAlex works JSON (an API page `{"results": […]}`, an array of works, or JSON Lines) → paper records.
import { validPaperIds } from "../model/links.ts";
import type { AuthorIds, AuthorName, PaperRecord, ParseResult } from "../model/types.ts";
import { normalizeOrcid, withIds } from "./author-ids.ts";
import { cleanDoi } from "./bibtex.ts";
import { stripCslMarkup } from "./csl-json.ts";
import type { FormatParser } from "./format-parser.ts";
import { readJsonItems } from "./json-arrays.ts";
import { memoParseName } from "./name-cache.ts";
import { createWarningLog, type WarningLog } from "./warning-log.ts";

export interface OpenAlexOptions {
  /** File name used in warnings and in the result. */
  file: string;
  /**
   * Key authors by their OpenAlex id (`openalex:A…`, ORCID kept in `ids`) instead of their name:
   * two people with one display name stay apart (the live source does this).
   */
  keyByAuthorId: boolean;
}

export const DEFAULT_OPENALEX_OPTIONS: OpenAlexOptions = {
  file: "works.json",
  keyByAuthorId: false,
};

/** `https://openalex.org/A123` or `A123` → `A123`; undefined when it is not an OpenAlex id. */
export function openAlexId(value: unknown, letter: string): string | undefined {
  const text = str(value);
  if (text === undefined) return undefined;
  const m = new RegExp(`^(?:https?://openalex\\.org/)?(${letter}\\d+)$`, "i").exec(text);
  return m ? m[1].toUpperCase() : undefined;
}

/** `https://orcid.org/0000-…` or `0000-…` → `0000-…`; undefined when it is not an ORCID iD. */
export function orcidOf(value: unknown): string | undefined {
  const m = /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])$/i.exec(str(value) ?? "");
  return m ? m[1].toUpperCase() : undefined;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;

/**
 * Rebuilds an abstract from OpenAlex's `abstract_inverted_index` (`{word: [positions]}`):
 * each word is put at each of its positions and the words are joined with spaces.
 */
export function invertedIndexToText(index: unknown): string | undefined {
  if (!isObj(index)) return undefined;
  const words: string[] = [];
  for (const [word, positions] of Object.entries(index)) {
    if (!Array.isArray(positions)) continue;
    for (const p of positions)
      if (Number.isInteger(p) && p >= 0 && p < 1e6) words[p as number] = word;
  }
  const text = words
    .filter((w) => w !== undefined)
    .join(" ")
    .trim();
  return text === "" ? undefined : text;
}

/** Venue of a work: `primary_location.source.display_name`, else the older `host_venue.display_name`. */
function venueOf(work: Obj): string | undefined {
  const primary = work.primary_location;
  if (isObj(primary) && isObj(primary.source)) {
    const name = str(primary.source.display_name);
    if (name !== undefined) return name;
  }
  const host = work.host_venue;
  return isObj(host) ? str(host.display_name) : undefined;
}

/** An OpenAlex author's ids: `id` (`https://openalex.org/A5023888391`) and `orcid` (a URL). */
function openAlexIds(author: Obj): AuthorIds {
  const ids: AuthorIds = {};
  const orcid = str(author.orcid);
  const normalized = orcid === undefined ? undefined : normalizeOrcid(orcid);
  if (normalized !== undefined) ids.orcid = normalized;
  const id = /^(?:https?:\/\/openalex\.org\/)?(A\d+)$/i.exec(str(author.id) ?? "")?.[1];
  if (id !== undefined) ids.openalex = id.toUpperCase();
  return ids;
}

function readWork(
  value: unknown,
  line: number,
  log: WarningLog,
  nameOf: (raw: string) => AuthorName | null,
  keyByAuthorId: boolean,
): PaperRecord | null {
  if (!isObj(value)) {
    log.add(line, "work is not a JSON object; skipped", "malformed item");
    return null;
  }
  const authors: AuthorName[] = [];
  const authorships = value.authorships;
  if (authorships !== undefined && !Array.isArray(authorships))
    log.add(line, "work's authorships is not a list; ignored", "malformed item");
  let dropped = 0;
  for (const a of Array.isArray(authorships) ? authorships : []) {
    if (!isObj(a)) {
      dropped++;
      continue;
    }
    const raw =
      (isObj(a.author) ? str(a.author.display_name) : undefined) ?? str(a.raw_author_name);
    const name = raw === undefined ? null : nameOf(raw);
    if (!name) {
      dropped++;
      continue;
    }
    if (keyByAuthorId && isObj(a.author)) {
      // Live imports key people by their OpenAlex id (ORCID kept): same names stay apart.
      const id = openAlexId(a.author.id, "A");
      const orcid = orcidOf(a.author.orcid);
      if (id !== undefined) {
        name.key = `openalex:${id}`;
        name.ids = orcid === undefined ? { openalex: id } : { openalex: id, orcid };
      }
      authors.push(name);
    } else authors.push(isObj(a.author) ? withIds(name, openAlexIds(a.author)) : name);
  }
  if (dropped > 0)
    log.add(
      line,
      `${dropped} authorship${dropped > 1 ? "s" : ""} without a usable name dropped`,
      "placeholder author",
    );
  if (authors.length === 0)
    log.add(line, "work has no authors; kept as a paper with no authors", "no authors");
  const title = stripCslMarkup(str(value.title) ?? str(value.display_name) ?? "");
  if (title === "") log.add(line, "work has no title", "no title");
  const paper: PaperRecord = { title, authors, line };
  const year = Number(value.publication_year);
  if (Number.isInteger(year) && year > 0) paper.year = year;
  const venue = venueOf(value);
  if (venue !== undefined) paper.venue = venue;
  const doiRaw = str(value.doi) ?? (isObj(value.ids) ? str(value.ids.doi) : undefined);
  const doi = doiRaw === undefined ? undefined : cleanDoi(doiRaw);
  if (doi !== undefined) paper.doi = doi;
  const ids = validPaperIds({
    openalex: str(value.id) ?? (isObj(value.ids) ? str(value.ids.openalex) : undefined),
    pmid: isObj(value.ids) ? str(value.ids.pmid) : undefined,
  });
  if (ids !== undefined) paper.ids = ids;
  const cited = Number(value.cited_by_count);
  if (Number.isInteger(cited) && cited >= 0) paper.citations = cited;
  const abstract = invertedIndexToText(value.abstract_inverted_index);
  if (abstract !== undefined) paper.abstract = abstract;
  return paper;
}

/**
 * OpenAlex works already parsed from JSON (an API page's `results`) → paper records, as
 * {@link parseOpenAlex} reads them; `firstLine` numbers the first work in warnings (works are
 * numbered one a line). Warnings go to `log`.
 */
export function openAlexRecords(
  works: readonly unknown[],
  log: WarningLog,
  options: Partial<Pick<OpenAlexOptions, "keyByAuthorId">> & { firstLine?: number } = {},
): PaperRecord[] {
  const keyByAuthorId = options.keyByAuthorId ?? DEFAULT_OPENALEX_OPTIONS.keyByAuthorId;
  const first = options.firstLine ?? 1;
  const nameOf = memoParseName({ latex: false, homonymNumbers: false });
  const papers: PaperRecord[] = [];
  works.forEach((work, i) => {
    const paper = readWork(work, first + i, log, nameOf, keyByAuthorId);
    if (paper) papers.push(paper);
  });
  return papers;
}

/**
 * Parses OpenAlex works: an API response page (`{"meta": …, "results": […]}`), an array of works,
 * one work, or JSON Lines (the snapshot format). Authors come from `authorships[].author.display_name`
 * (else `raw_author_name`), in byline order, keyed by their ORCID (else OpenAlex author id) when
 * the work gives one; year from `publication_year`; venue from
 * `primary_location.source`; the DOI without its `https://doi.org/` prefix; the abstract rebuilt
 * from `abstract_inverted_index`; citations from `cited_by_count`. A malformed work is skipped with a warning naming its line.
 */
export function parseOpenAlex(input: string, options: Partial<OpenAlexOptions> = {}): ParseResult {
  const { file, keyByAuthorId } = { ...DEFAULT_OPENALEX_OPTIONS, ...options };
  const log = createWarningLog(file);
  const read = readJsonItems(input, { arrayKeys: ["results"] });
  if (read.problem) log.add(read.problem.line, read.problem.message);
  const nameOf = memoParseName({ latex: false, homonymNumbers: false });
  const papers: PaperRecord[] = [];
  for (const item of read.items) {
    if (item.error !== undefined) {
      log.add(item.line, `malformed JSON work skipped: ${item.error}`, "malformed item");
      continue;
    }
    const paper = readWork(item.value, item.line, log, nameOf, keyByAuthorId);
    if (paper) papers.push(paper);
  }
  return { file, format: "openalex", papers, warnings: log.finish() };
}

/**
 * Sniffs OpenAlex works JSON: 0.95 when the start of a JSON document holds `"authorships"` or an
 * `https://openalex.org/W…` id, else 0.
 */
export function sniffOpenAlex(text: string): number {
  const head = text
    .slice(0, 32768)
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (!head.startsWith("[") && !head.startsWith("{")) return 0;
  return /"authorships"\s*:|"https:\/\/openalex\.org\/W\d+"/.test(head) ? 0.95 : 0;
}

/** OpenAlex works for the detection table. */
export const OPENALEX_FORMAT: FormatParser = {
  format: "openalex",
  sniff: sniffOpenAlex,
  parse: parseOpenAlex,
};
