// dblp as a live source: author search (JSON) and person pages (`/pid/{pid}.xml`, homonyms listed).
import type { AuthorName } from "../model/types.ts";
import { parseDblpXml } from "../parse/dblp-xml.ts";
import { stripHomonymNumber } from "../parse/names.ts";
import { SourceError, type HttpClient } from "./http.ts";
import type { AuthorCandidate, SourceProgress, SourceResult } from "./types.ts";

export interface DblpSourceOptions {
  /** Base URL without a trailing slash (`https://dblp.org`). */
  baseUrl: string;
  /** Candidates an author search returns. */
  searchResults: number;
  onProgress?: (progress: SourceProgress) => void;
}

export const DEFAULT_DBLP_SOURCE_OPTIONS: DblpSourceOptions = {
  baseUrl: "https://dblp.org",
  searchResults: 10,
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const text = (v: unknown): string | undefined =>
  typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;

/** `https://dblp.org/pid/95/7448-1` (or `.html`) → `95/7448-1`. */
export function pidOfUrl(url: string): string | undefined {
  const m = /\/pid\/(.+?)(?:\.html|\.xml)?$/.exec(url.trim());
  return m ? m[1] : undefined;
}

/**
 * Searches dblp persons (`/search/author/api?q=…&format=json`). A homonym number stays out of the
 * name (`Thomas Seidl 0001` → `Thomas Seidl`, with `dblp 0001` and the affiliation as its detail).
 */
export async function searchDblpAuthors(
  http: HttpClient,
  query: string,
  options: Partial<DblpSourceOptions> = {},
): Promise<AuthorCandidate[]> {
  const o = { ...DEFAULT_DBLP_SOURCE_OPTIONS, ...options };
  if (query.trim() === "") return [];
  const params = new URLSearchParams({
    q: query.trim(),
    format: "json",
    h: String(o.searchResults),
  });
  const url = `${o.baseUrl}/search/author/api?${params}`;
  const body = await http.getJson(url);
  const result = isObj(body) ? body.result : undefined;
  if (!isObj(result) || (result.hits !== undefined && !isObj(result.hits)))
    throw new SourceError("malformed", "dblp sent a search answer without result.hits", url);
  const out: AuthorCandidate[] = [];
  for (const hit of list(isObj(result.hits) ? result.hits.hit : undefined)) {
    const info = isObj(hit) ? hit.info : undefined;
    if (!isObj(info)) continue;
    const raw = text(info.author);
    const pid = pidOfUrl(text(info.url) ?? "");
    if (raw === undefined || pid === undefined) continue;
    const { name, number } = stripHomonymNumber(raw);
    const notes = isObj(info.notes) ? list(info.notes.note) : [];
    const affiliation = notes
      .map((n) => (isObj(n) && n["@type"] === "affiliation" ? text(n.text) : undefined))
      .find(Boolean);
    const detail = [number === undefined ? undefined : `dblp ${number}`, affiliation]
      .filter(Boolean)
      .join(" · ");
    const candidate: AuthorCandidate = { service: "dblp", id: pid, name };
    if (detail !== "") candidate.detail = detail;
    out.push(candidate);
  }
  return out;
}

/** `&amp;`-style entities of an attribute value decoded (the five XML ones and numeric ones). */
function decodeAttribute(value: string): string {
  return value.replace(/&(#x[\da-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (all, e: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (e[0] !== "#") return named[e.toLowerCase()] ?? all;
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/** The `<homonyms>` of a person page: the other people dblp lists under the same name. */
function homonymsOf(xml: string): string[] {
  const block = /<homonyms\b[^>]*>([\s\S]*?)<\/homonyms>/.exec(xml);
  if (!block) return [];
  const out: string[] = [];
  for (const m of block[1].matchAll(/<author\b[^>]*\bpid="([^"]+)"[^>]*>([^<]*)<\/author>/g))
    out.push(`${decodeAttribute(m[2]).trim()} (${decodeAttribute(m[1])})`);
  return out;
}

/**
 * Fetches a dblp person page (`/pid/{pid}.xml`) and reads it with the DBLP XML parser, authors
 * keyed by their `pid` attribute (`dblp:95/7448-1`), so homonyms (`Di Xu` and `Di Xu 0001`) stay
 * apart and the number stays out of the display. The person is the result's owner; the homonyms
 * dblp lists are named in one warning.
 */
export async function fetchDblpPerson(
  http: HttpClient,
  pid: string,
  options: Partial<DblpSourceOptions> = {},
): Promise<SourceResult> {
  const o = { ...DEFAULT_DBLP_SOURCE_OPTIONS, ...options };
  const source = `dblp:${pid}`;
  o.onProgress?.({ source, done: 0, requests: http.requests });
  const url = `${o.baseUrl}/pid/${pid.split("/").map(encodeURIComponent).join("/")}.xml`;
  const xml = await http.getText(url).catch((error: unknown) => {
    if (error instanceof SourceError && error.kind === "not-found")
      throw new SourceError("not-found", `dblp has no person ${pid}`, error.url, error.status);
    throw error;
  });
  const root = /<dblpperson\b([^>]*)>/.exec(xml);
  if (!root)
    throw new SourceError("malformed", `dblp sent a page that is not a person page (${url})`, url);
  const parsed = parseDblpXml(xml, { file: source, keyByPid: true });
  const result: SourceResult = { ...parsed, file: source, source };
  const key = `dblp:${pid}`;
  let owner: AuthorName | undefined;
  for (const p of parsed.papers) owner ??= p.authors.find((a) => a.key === key);
  if (owner === undefined) {
    const name = /\bname="([^"]*)"/.exec(root[1]);
    if (name) {
      const display = stripHomonymNumber(decodeAttribute(name[1]).trim()).name;
      if (display !== "") owner = { name: display, key, ids: { dblp: pid } };
    }
  }
  if (owner !== undefined) result.owner = { ...owner };
  const homonyms = homonymsOf(xml);
  if (homonyms.length > 0)
    result.warnings.push({
      file: source,
      line: 0,
      message: `dblp lists ${homonyms.length} other ${homonyms.length === 1 ? "person" : "people"} with this name, kept apart: ${homonyms.join(", ")}`,
    });
  o.onProgress?.({
    source,
    done: parsed.papers.length,
    total: parsed.papers.length,
    requests: http.requests,
  });
  return result;
}
