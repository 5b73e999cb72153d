// CSL-JSON (the citeproc item format Zotero and citation.js export) → paper records.
import type { AuthorName, PaperRecord, ParseResult } from "../model/types.ts";
import { normalizeOrcid, withIds } from "./author-ids.ts";
import { cleanDoi, readYear } from "./bibtex.ts";
import type { FormatParser } from "./format-parser.ts";
import { readJsonItems } from "./json-arrays.ts";
import {
  authorKey,
  displayName,
  isPlaceholderAuthor,
  parseName,
  stripHomonymNumber,
} from "./names.ts";
import { createWarningLog, type WarningLog } from "./warning-log.ts";

export interface CslJsonOptions {
  /** File name used in warnings and in the result. */
  file: string;
}

export const DEFAULT_CSL_JSON_OPTIONS: CslJsonOptions = { file: "input.json" };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => {
  if (typeof v === "string") return v.trim() === "" ? undefined : v.trim();
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) return str(v[0]); // some exporters write "container-title": ["…"]
  return undefined;
};

/** Strips the HTML-like rich-text markup CSL allows in titles (`<i>`, `<sup>`, `<span class="nocase">`). */
export function stripCslMarkup(text: string): string {
  return text
    .replace(/<\/?(?:i|b|sup|sub|sc|span)(?:\s[^>]*)?>/gi, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * One CSL name object → author name. `{family, given, suffix, non-dropping-particle,
 * dropping-particle}` is displayed `given dropping-particle non-dropping-particle family suffix`;
 * `{literal}` (institutions) is read as written. Null for placeholders and empty names.
 */
export function cslName(name: unknown): AuthorName | null {
  if (typeof name === "string") return parseName(name, { latex: false });
  if (!isObj(name)) return null;
  const literal = str(name.literal);
  const family = str(name.family);
  if (literal !== undefined && family === undefined) {
    if (isPlaceholderAuthor(literal)) return null;
    const display = literal
      .replace(/[{}\\]/g, "")
      .replace(/\s+/g, " ")
      .trim()
      .normalize("NFC");
    const key = authorKey(display);
    return key === "" ? null : { name: display, key };
  }
  const clean = (v: unknown): string => (str(v) ?? "").replace(/[{}\\]/g, "");
  const first = [clean(name.given), clean(name["dropping-particle"])]
    .filter((p) => p !== "")
    .join(" ");
  const last = [clean(name["non-dropping-particle"]), clean(name.family)]
    .filter((p) => p !== "")
    .join(" ");
  const stripped = stripHomonymNumber(last);
  const display = displayName({ first, last: stripped.name, jr: clean(name.suffix) });
  if (display === "" || isPlaceholderAuthor(display)) return null;
  const key = authorKey(stripped.number === undefined ? display : `${display} ${stripped.number}`);
  return key === "" ? null : { name: display, key };
}

/** Year of a CSL date: `{"date-parts": [[2019, 3]]}`, `{"raw": "2019-03"}`, `{"literal": …}`, or a string. */
export function cslYear(date: unknown): number | undefined {
  if (typeof date === "string" || typeof date === "number") return readYear(String(date));
  if (!isObj(date)) return undefined;
  const parts = date["date-parts"];
  if (Array.isArray(parts) && Array.isArray(parts[0])) {
    const y = Number(parts[0][0]);
    if (Number.isInteger(y) && y > 0) return y;
  }
  return readYear(str(date.raw) ?? str(date.literal));
}

/** Reads one CSL item; returns null (after warning) when it is not an item. */
function readItem(value: unknown, line: number, log: WarningLog): PaperRecord | null {
  if (!isObj(value)) {
    log.add(line, "item is not a JSON object; skipped", "malformed item");
    return null;
  }
  const authors: AuthorName[] = [];
  const rawAuthors = value.author;
  if (rawAuthors !== undefined && !Array.isArray(rawAuthors))
    log.add(line, "item's author is not a list; ignored", "malformed item");
  let dropped = 0;
  for (const a of Array.isArray(rawAuthors) ? rawAuthors : []) {
    const name = cslName(a);
    // Crossref's CSL-JSON gives `"ORCID": "https://orcid.org/…"` on some authors.
    const orcid = isObj(a) && typeof a.ORCID === "string" ? normalizeOrcid(a.ORCID) : undefined;
    if (name) authors.push(orcid === undefined ? name : withIds(name, { orcid }));
    else dropped++;
  }
  if (dropped > 0)
    log.add(
      line,
      `${dropped} placeholder or empty author${dropped > 1 ? "s" : ""} dropped`,
      "placeholder author",
    );
  if (authors.length === 0)
    log.add(line, "item has no authors; kept as a paper with no authors", "no authors");
  const title = stripCslMarkup(str(value.title) ?? "");
  if (title === "") log.add(line, "item has no title", "no title");
  const paper: PaperRecord = { title, authors, line };
  const year =
    cslYear(value.issued) ?? cslYear(value["original-date"]) ?? cslYear(value["event-date"]);
  if (year !== undefined) paper.year = year;
  const venue =
    str(value["container-title"]) ??
    str(value["collection-title"]) ??
    str(value["event-title"]) ??
    str(value.event);
  if (venue !== undefined) paper.venue = stripCslMarkup(venue);
  const doiRaw = str(value.DOI) ?? str(value.doi);
  const doi = doiRaw === undefined ? undefined : cleanDoi(doiRaw);
  if (doi !== undefined) paper.doi = doi;
  const abstract = str(value.abstract);
  if (abstract !== undefined) paper.abstract = stripCslMarkup(abstract);
  return paper;
}

/**
 * Parses CSL-JSON: an array of items (or one item, or `{"items": […]}`), each with `title`,
 * `author` (name objects), `issued`, `container-title`, `DOI`, `abstract`. Each item is parsed on
 * its own: a malformed one is skipped with a warning naming its line, the rest loads. Items
 * without authors are kept and warned about. Rich-text markup in titles is removed.
 */
export function parseCslJson(input: string, options: Partial<CslJsonOptions> = {}): ParseResult {
  const { file } = { ...DEFAULT_CSL_JSON_OPTIONS, ...options };
  const log = createWarningLog(file);
  const read = readJsonItems(input, { arrayKeys: ["items"] });
  if (read.problem) log.add(read.problem.line, read.problem.message);
  const papers: PaperRecord[] = [];
  for (const item of read.items) {
    if (item.error !== undefined) {
      log.add(item.line, `malformed JSON item skipped: ${item.error}`, "malformed item");
      continue;
    }
    const paper = readItem(item.value, item.line, log);
    if (paper) papers.push(paper);
  }
  return { file, format: "csl-json", papers, warnings: log.finish() };
}

/**
 * Sniffs CSL-JSON: JSON whose first record has CSL keys (`"type"` with `"title"`, and `"issued"`,
 * `"container-title"` or `"author"` with `"family"`/`"literal"`). 0.85 when it does, else 0.
 */
export function sniffCslJson(text: string): number {
  const head = text
    .slice(0, 16384)
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (!head.startsWith("[") && !head.startsWith("{")) return 0;
  if (/"authorships"\s*:|"openalex"|"network"\s*:/.test(head)) return 0;
  const typed = /"type"\s*:\s*"/.test(head) && /"title"\s*:/.test(head);
  const csl = /"issued"\s*:|"container-title"\s*:|"(?:family|literal)"\s*:|"DOI"\s*:/.test(head);
  return typed && csl ? 0.85 : 0;
}

/** CSL-JSON for the detection table. */
export const CSL_JSON_FORMAT: FormatParser = {
  format: "csl-json",
  sniff: sniffCslJson,
  parse: parseCslJson,
};
