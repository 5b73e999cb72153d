// Crossref as a live source: works by DOI (`/works/{doi}`), read as the CSL-JSON they nearly are.
import type { AuthorName, PaperRecord, Warning } from "../model/types.ts";
import { cslName, parseCslJson } from "../parse/csl-json.ts";
import { orcidOf } from "../parse/openalex.ts";
import { SourceError, type HttpClient } from "./http.ts";
import type { SourceProgress, SourceResult } from "./types.ts";

export interface CrossrefSourceOptions {
  /** Base URL without a trailing slash (`https://api.crossref.org`). */
  baseUrl: string;
  /** Sent as `mailto` (Crossref's polite pool). */
  mailto?: string;
  onProgress?: (progress: SourceProgress) => void;
}

export const DEFAULT_CROSSREF_SOURCE_OPTIONS: CrossrefSourceOptions = {
  baseUrl: "https://api.crossref.org",
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** What {@link fetchCrossrefDois} found. */
export interface CrossrefFetch {
  papers: PaperRecord[];
  warnings: Warning[];
  /** DOIs Crossref does not know (404). */
  missing: string[];
  /** DOIs that failed otherwise (server error, rate limit, malformed body), and the first error. */
  failed: string[];
  error?: SourceError;
}

/**
 * Fetches each DOI from Crossref (`/works/{doi}`, as many at once as the client allows) and reads
 * the `message` of each answer as a CSL-JSON item (authors keyed by name, `is-referenced-by-count`
 * as citations). An author whose ORCID is in `orcidKeys` takes that author's key and ids, so a
 * person already met in OpenAlex records is one author. Not-found and failed DOIs are listed.
 */
export async function fetchCrossrefDois(
  http: HttpClient,
  dois: readonly string[],
  options: Partial<CrossrefSourceOptions> & {
    source: string;
    firstLine?: number;
    orcidKeys?: ReadonlyMap<string, AuthorName>;
  },
): Promise<CrossrefFetch> {
  const o = { ...DEFAULT_CROSSREF_SOURCE_OPTIONS, ...options };
  const messages: (Obj | null)[] = new Array<Obj | null>(dois.length).fill(null);
  const missing: string[] = [];
  const failed: string[] = [];
  let error: SourceError | undefined;
  let done = 0;
  await Promise.all(
    dois.map(async (doi, i) => {
      const query = o.mailto ? `?${new URLSearchParams({ mailto: o.mailto })}` : "";
      const url = `${o.baseUrl}/works/${encodeURIComponent(doi)}${query}`;
      try {
        const body = await http.getJson(url);
        if (!isObj(body) || !isObj(body.message))
          throw new SourceError(
            "malformed",
            `Crossref sent an answer without a message for ${doi}`,
            url,
          );
        messages[i] = body.message;
      } catch (e) {
        if (!(e instanceof SourceError) || e.kind === "cancelled") throw e;
        if (e.kind === "not-found") missing.push(doi);
        else {
          failed.push(doi);
          error ??= e;
        }
      }
      done++;
      o.onProgress?.({ source: o.source, done, total: dois.length, requests: http.requests });
    }),
  );
  const found = messages.filter((m): m is Obj => m !== null);
  const first = o.firstLine ?? 1;
  const parsed =
    found.length === 0
      ? { papers: [], warnings: [] }
      : parseCslJson(found.map((m) => JSON.stringify(m)).join("\n"), { file: o.source });
  const warnings = parsed.warnings.map((w) => ({
    ...w,
    line: w.line === 0 ? 0 : w.line + first - 1,
  }));
  const papers = parsed.papers.map((paper) => {
    const message = found[paper.line - 1];
    const out: PaperRecord = { ...paper, line: paper.line + first - 1 };
    const cited = message["is-referenced-by-count"];
    if (typeof cited === "number" && Number.isInteger(cited) && cited >= 0) out.citations = cited;
    const raw = Array.isArray(message.author) ? message.author : [];
    for (const a of raw) {
      const orcid = isObj(a) ? orcidOf(a.ORCID) : undefined;
      const name = orcid === undefined ? null : cslName(a);
      if (orcid === undefined || name === null) continue;
      const at = out.authors.findIndex((x) => x.key === name.key || x.ids?.orcid === orcid);
      if (at < 0) continue;
      const known = o.orcidKeys?.get(orcid);
      out.authors[at] =
        known === undefined
          ? { ...out.authors[at], ids: { orcid } }
          : { name: out.authors[at].name, key: known.key, ids: { ...known.ids, orcid } };
    }
    return out;
  });
  return { papers, warnings, missing, failed, error };
}

/**
 * A list of DOIs from Crossref as one source (`doi:10.…`). Throws when nothing could be fetched
 * because of a failure; DOIs Crossref does not know are warned about; a failure after some works
 * were fetched makes the result partial.
 */
export async function fetchCrossrefList(
  http: HttpClient,
  dois: readonly string[],
  options: Partial<CrossrefSourceOptions> & { source: string },
): Promise<SourceResult> {
  const got = await fetchCrossrefDois(http, dois, options);
  if (got.papers.length === 0 && got.error !== undefined) throw got.error;
  if (got.papers.length === 0 && got.missing.length > 0)
    throw new SourceError(
      "not-found",
      `Crossref knows none of ${got.missing.join(", ")}`,
      options.source,
      404,
    );
  const result: SourceResult = {
    file: options.source,
    source: options.source,
    format: "crossref",
    papers: got.papers,
    warnings: got.warnings,
  };
  if (got.missing.length > 0)
    result.warnings.push({
      file: options.source,
      line: 0,
      message: `Crossref does not know ${got.missing.join(", ")}`,
    });
  if (got.failed.length > 0) {
    result.partial = `${got.failed.length} of ${dois.length} DOIs failed: ${got.error?.message ?? "error"}`;
    result.warnings.push({
      file: options.source,
      line: 0,
      message: `partial result: ${result.partial}`,
    });
  }
  return result;
}
