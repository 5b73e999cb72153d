// OpenAlex as a live source: author search, an author's works (cursor paging), works by DOI.
import type { AuthorName, PaperRecord } from "../model/types.ts";
import { openAlexId, openAlexRecords, orcidOf } from "../parse/openalex.ts";
import { createWarningLog } from "../parse/warning-log.ts";
import { SourceError, type HttpClient } from "./http.ts";
import type { AuthorCandidate, SourceProgress, SourceResult } from "./types.ts";

export interface OpenAlexSourceOptions {
  /** Base URL without a trailing slash (`https://api.openalex.org`). */
  baseUrl: string;
  mailto?: string;
  apiKey?: string;
  /** Works per list page (OpenAlex allows at most 200). */
  perPage: number;
  /** DOIs per `filter=doi:…|…` request. */
  doisPerRequest: number;
  /** Candidates an author search returns. */
  searchResults: number;
  onProgress?: (progress: SourceProgress) => void;
}

export const DEFAULT_OPENALEX_SOURCE_OPTIONS: OpenAlexSourceOptions = {
  baseUrl: "https://api.openalex.org",
  perPage: 200,
  doisPerRequest: 50,
  searchResults: 10,
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined =>
  typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;

function withOptions(o: OpenAlexSourceOptions): OpenAlexSourceOptions {
  return { ...DEFAULT_OPENALEX_SOURCE_OPTIONS, ...o };
}

/** `path` on the base URL with `params`, plus `mailto` and `api_key` when set. */
function apiUrl(o: OpenAlexSourceOptions, path: string, params: Record<string, string>): string {
  const query = new URLSearchParams(params);
  if (o.mailto) query.set("mailto", o.mailto);
  if (o.apiKey) query.set("api_key", o.apiKey);
  const q = query.toString();
  return `${o.baseUrl}${path}${q === "" ? "" : `?${q}`}`;
}

/** A list page's `results` and `meta`; a body of another shape is a `malformed` error. */
function readPage(
  body: unknown,
  url: string,
): { results: unknown[]; count?: number; next?: string } {
  if (!isObj(body) || !Array.isArray(body.results))
    throw new SourceError("malformed", `OpenAlex sent a page without a results list (${url})`, url);
  const meta = isObj(body.meta) ? body.meta : {};
  const count = typeof meta.count === "number" ? meta.count : undefined;
  return { results: body.results, count, next: text(meta.next_cursor) };
}

/**
 * Searches OpenAlex authors (`/authors?search=`): name, last known institution, works count and
 * ORCID of each, so that namesakes can be told apart.
 */
export async function searchOpenAlexAuthors(
  http: HttpClient,
  query: string,
  options: Partial<OpenAlexSourceOptions> = {},
): Promise<AuthorCandidate[]> {
  const o = withOptions(options as OpenAlexSourceOptions);
  if (query.trim() === "") return [];
  const url = apiUrl(o, "/authors", { search: query.trim(), "per-page": String(o.searchResults) });
  const page = readPage(await http.getJson(url), `${o.baseUrl}/authors`);
  const out: AuthorCandidate[] = [];
  for (const a of page.results) {
    if (!isObj(a)) continue;
    const id = openAlexId(a.id, "A");
    const name = text(a.display_name);
    if (id === undefined || name === undefined) continue;
    const institutions = Array.isArray(a.last_known_institutions)
      ? a.last_known_institutions
      : [a.last_known_institution];
    const institution = institutions
      .map((i) => (isObj(i) ? text(i.display_name) : undefined))
      .find(Boolean);
    const candidate: AuthorCandidate = { service: "openalex", id, name };
    if (institution !== undefined) candidate.detail = institution;
    if (typeof a.works_count === "number") candidate.works = a.works_count;
    const orcid = orcidOf(a.orcid);
    if (orcid !== undefined) candidate.orcid = orcid;
    out.push(candidate);
  }
  return out;
}

/** Works cut at 100 authorships in a list (`is_authors_truncated`), fetched whole from `/works/W…`. */
async function completeTruncated(
  http: HttpClient,
  o: OpenAlexSourceOptions,
  works: unknown[],
): Promise<{ works: unknown[]; failed: number; error?: SourceError }> {
  let failed = 0;
  let firstError: SourceError | undefined;
  const done = await Promise.all(
    works.map(async (work) => {
      if (!isObj(work) || work.is_authors_truncated !== true) return work;
      const id = openAlexId(work.id, "W");
      if (id === undefined) return work;
      try {
        const whole = await http.getJson(apiUrl(o, `/works/${id}`, {}));
        if (isObj(whole) && Array.isArray(whole.authorships)) return whole;
        throw new SourceError("malformed", `OpenAlex sent a work without authorships (${id})`, id);
      } catch (error) {
        if (!(error instanceof SourceError) || error.kind === "cancelled") throw error;
        failed++;
        firstError ??= error;
        return work;
      }
    }),
  );
  return { works: done, failed, error: firstError };
}

/** The owner's name as the works spell it (the authorship with the owner's id). */
function ownerFrom(papers: PaperRecord[], key: string): AuthorName | undefined {
  for (const p of papers) for (const a of p.authors) if (a.key === key) return { ...a };
  return undefined;
}

/**
 * Fetches every work of an OpenAlex author (`/works?filter=author.id:A…`, cursor paging with
 * `per-page` 200), then each work whose list entry was cut at 100 authors, singly (`/works/W…`,
 * never truncated). Authors are keyed by OpenAlex id (`openalex:A…`, ORCID kept), so namesakes
 * stay apart; the author is the result's owner. A failure on the first page throws a
 * {@link SourceError}; a later one keeps the works fetched so far, sets `partial` and warns.
 */
export async function fetchOpenAlexAuthor(
  http: HttpClient,
  authorId: string,
  options: Partial<OpenAlexSourceOptions> = {},
): Promise<SourceResult> {
  const o = withOptions(options as OpenAlexSourceOptions);
  const id = openAlexId(authorId, "A");
  if (id === undefined) throw new Error(`not an OpenAlex author id: ${authorId}`);
  const source = `openalex:${id}`;
  const log = createWarningLog(source);
  const works: unknown[] = [];
  const seen = new Set<string>();
  let total: number | undefined;
  let partial: string | undefined;
  let cursor: string | undefined = "*";
  const cursors = new Set<string>();
  const progress = (note?: string) =>
    o.onProgress?.({ source, done: works.length, total, requests: http.requests, note });
  while (cursor !== undefined && !cursors.has(cursor)) {
    if (total !== undefined && cursors.size > Math.ceil(total / o.perPage) + 2) {
      partial = `OpenAlex kept sending pages past the ${total} works it announced; stopped after ${works.length}`;
      break;
    }
    cursors.add(cursor);
    const url = apiUrl(o, "/works", {
      filter: `author.id:${id}`,
      "per-page": String(o.perPage),
      cursor,
    });
    let page: ReturnType<typeof readPage>;
    try {
      page = readPage(await http.getJson(url), `${o.baseUrl}/works?filter=author.id:${id}`);
    } catch (error) {
      if (works.length === 0 || !(error instanceof SourceError) || error.kind === "cancelled")
        throw error;
      partial = `stopped after ${works.length}${total === undefined ? "" : ` of ${total}`} works: ${error.message}`;
      break;
    }
    total ??= page.count;
    for (const w of page.results) {
      const wid = isObj(w) ? openAlexId(w.id, "W") : undefined;
      if (wid !== undefined) {
        if (seen.has(wid)) continue;
        seen.add(wid);
      }
      works.push(w);
    }
    progress();
    cursor = page.results.length === 0 ? undefined : page.next;
  }
  if (works.length === 0) {
    // No works: an author without works, or no such author (OpenAlex answers 404 to /authors/A…).
    try {
      await http.getJson(apiUrl(o, `/authors/${id}`, {}));
    } catch (error) {
      if (error instanceof SourceError && error.kind === "not-found")
        throw new SourceError("not-found", `OpenAlex has no author ${id}`, error.url, error.status);
      throw error;
    }
  }
  const truncated = works.filter((w) => isObj(w) && w.is_authors_truncated === true).length;
  if (truncated > 0) progress(`fetching ${truncated} works whose bylines were cut at 100`);
  const complete = await completeTruncated(http, o, works);
  if (complete.failed > 0) {
    const why = `${complete.failed} of ${truncated} works cut at 100 authors could not be fetched whole (${complete.error?.message ?? "error"}); their bylines stop at 100`;
    partial = partial === undefined ? why : `${partial}; ${why}`;
  }
  if (partial !== undefined) log.add(0, `partial result: ${partial}`);
  const papers = openAlexRecords(complete.works, log, { keyByAuthorId: true });
  progress();
  const result: SourceResult = {
    file: source,
    source,
    format: "openalex",
    papers,
    warnings: log.finish(),
  };
  const owner = ownerFrom(papers, source);
  if (owner !== undefined) result.owner = owner;
  if (partial !== undefined) result.partial = partial;
  if (works.length === 0)
    result.warnings.push({
      file: source,
      line: 0,
      message: "OpenAlex lists no works for this author",
    });
  return result;
}

/**
 * Fetches works by DOI from OpenAlex (`/works?filter=doi:…|…`, `doisPerRequest` at a time), cut
 * bylines completed as in {@link fetchOpenAlexAuthor}. Returns the works found (authors keyed by
 * OpenAlex id), the DOIs OpenAlex does not know, and why it stopped when it did.
 */
export async function fetchOpenAlexDois(
  http: HttpClient,
  dois: readonly string[],
  options: Partial<OpenAlexSourceOptions> & { source: string; firstLine?: number },
): Promise<{
  papers: PaperRecord[];
  missing: string[];
  warnings: SourceResult["warnings"];
  error?: SourceError;
}> {
  const o = withOptions(options as OpenAlexSourceOptions);
  const log = createWarningLog(options.source);
  const works: unknown[] = [];
  const found = new Set<string>();
  let error: SourceError | undefined;
  for (let i = 0; i < dois.length; i += o.doisPerRequest) {
    const batch = dois.slice(i, i + o.doisPerRequest);
    const url = apiUrl(o, "/works", {
      filter: `doi:${batch.join("|")}`,
      "per-page": String(Math.min(200, o.doisPerRequest)),
    });
    try {
      const page = readPage(await http.getJson(url), `${o.baseUrl}/works?filter=doi:…`);
      for (const w of page.results) {
        works.push(w);
        const doi = isObj(w) ? text(w.doi) : undefined;
        if (doi !== undefined)
          found.add(doi.replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, "").toLowerCase());
      }
    } catch (e) {
      if (!(e instanceof SourceError) || e.kind === "cancelled") throw e;
      error = e;
      break;
    }
    o.onProgress?.({
      source: options.source,
      done: Math.min(dois.length, i + batch.length),
      total: dois.length,
      requests: http.requests,
    });
  }
  const complete = await completeTruncated(http, o, works);
  if (complete.failed > 0)
    log.add(
      0,
      `${complete.failed} works cut at 100 authors could not be fetched whole; their bylines stop at 100`,
    );
  const papers = openAlexRecords(complete.works, log, {
    keyByAuthorId: true,
    firstLine: options.firstLine,
  });
  const missing = dois.filter((d) => !found.has(d.toLowerCase()));
  return { papers, missing, warnings: log.finish(), error };
}
