// ORCID as a live source: a person's DOIs from `/{id}/works`, their works from OpenAlex, else Crossref.
import type { AuthorName, PaperRecord } from "../model/types.ts";
import { fetchCrossrefDois, type CrossrefSourceOptions } from "./crossref.ts";
import { SourceError, type HttpClient } from "./http.ts";
import { fetchOpenAlexDois, type OpenAlexSourceOptions } from "./openalex.ts";
import { readDoi } from "./spec.ts";
import type { SourceProgress, SourceResult } from "./types.ts";

export interface OrcidSourceOptions {
  /** Base URL without a trailing slash (`https://pub.orcid.org/v3.0`). */
  baseUrl: string;
  openalex: Partial<OpenAlexSourceOptions>;
  crossref: Partial<CrossrefSourceOptions>;
  onProgress?: (progress: SourceProgress) => void;
}

export const DEFAULT_ORCID_SOURCE_OPTIONS: OrcidSourceOptions = {
  baseUrl: "https://pub.orcid.org/v3.0",
  openalex: {},
  crossref: {},
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * The DOIs of an ORCID works answer (`{"group": [{"external-ids": {"external-id": [...]}, …}]}`):
 * each group's own (`self`) DOI, normalized, once; and how many groups have none.
 */
export function orcidDois(body: unknown): { dois: string[]; withoutDoi: number } {
  if (!isObj(body) || !Array.isArray(body.group))
    throw new SourceError("malformed", "ORCID sent a works answer without a group list", "");
  const dois = new Set<string>();
  let withoutDoi = 0;
  for (const group of body.group) {
    const ids =
      isObj(group) && isObj(group["external-ids"]) ? group["external-ids"]["external-id"] : [];
    let found: string | null = null;
    for (const id of list(ids)) {
      if (!isObj(id) || String(id["external-id-type"]).toLowerCase() !== "doi") continue;
      if (id["external-id-relationship"] !== undefined && id["external-id-relationship"] !== "self")
        continue;
      const normalized = isObj(id["external-id-normalized"])
        ? id["external-id-normalized"].value
        : undefined;
      found = readDoi(String(normalized ?? id["external-id-value"] ?? ""));
      if (found !== null) break;
    }
    if (found === null) withoutDoi++;
    else dois.add(found);
  }
  return { dois: [...dois], withoutDoi };
}

/**
 * Fetches an ORCID record's works (`/{id}/works`, JSON), then the metadata and bylines of their
 * DOIs from OpenAlex (batched `filter=doi:…|…`; authors keyed by OpenAlex id) and, for DOIs
 * OpenAlex lacks, from Crossref (an author with a known ORCID joins that author). The person is
 * the owner (the author carrying the ORCID). Works without a DOI are counted in a warning.
 */
export async function fetchOrcidPerson(
  clients: { orcid: HttpClient; openalex: HttpClient; crossref: HttpClient },
  id: string,
  options: Partial<OrcidSourceOptions> = {},
): Promise<SourceResult> {
  const o = { ...DEFAULT_ORCID_SOURCE_OPTIONS, ...options };
  const source = `orcid:${id}`;
  const url = `${o.baseUrl}/${id}/works`;
  const body = await clients.orcid.getJson(url);
  let read: ReturnType<typeof orcidDois>;
  try {
    read = orcidDois(body);
  } catch (error) {
    throw new SourceError("malformed", (error as Error).message, url);
  }
  const { dois, withoutDoi } = read;
  const progress = (done: number, note?: string) =>
    o.onProgress?.({
      source,
      done,
      total: dois.length,
      requests: clients.orcid.requests + clients.openalex.requests + clients.crossref.requests,
      note,
    });
  progress(0, `${dois.length} DOIs listed`);
  const warnings: SourceResult["warnings"] = [];
  const fromOpenAlex = await fetchOpenAlexDois(clients.openalex, dois, {
    ...o.openalex,
    source,
    onProgress: (p) => progress(p.done),
  });
  warnings.push(...fromOpenAlex.warnings);
  const papers: PaperRecord[] = [...fromOpenAlex.papers];
  const orcidKeys = new Map<string, AuthorName>();
  for (const p of papers)
    for (const a of p.authors) if (a.ids?.orcid) orcidKeys.set(a.ids.orcid, a);
  let partial: string | undefined;
  if (fromOpenAlex.error !== undefined)
    warnings.push({
      file: source,
      line: 0,
      message: `OpenAlex failed (${fromOpenAlex.error.message}); the rest asked of Crossref`,
    });
  if (fromOpenAlex.missing.length > 0) {
    const fromCrossref = await fetchCrossrefDois(clients.crossref, fromOpenAlex.missing, {
      ...o.crossref,
      source,
      firstLine: papers.length + 1,
      orcidKeys,
      onProgress: (p) => progress(dois.length - fromOpenAlex.missing.length + p.done),
    });
    papers.push(...fromCrossref.papers);
    warnings.push(...fromCrossref.warnings);
    if (fromCrossref.missing.length > 0)
      warnings.push({
        file: source,
        line: 0,
        message: `neither OpenAlex nor Crossref knows ${fromCrossref.missing.length} DOI${fromCrossref.missing.length === 1 ? "" : "s"}: ${fromCrossref.missing.slice(0, 5).join(", ")}${fromCrossref.missing.length > 5 ? ", …" : ""}`,
      });
    if (fromCrossref.failed.length > 0)
      partial = `${fromCrossref.failed.length} of ${dois.length} DOIs could not be fetched (${fromCrossref.error?.message ?? "error"})`;
  }
  if (dois.length > 0 && papers.length === 0 && partial !== undefined)
    throw fromOpenAlex.error ?? new SourceError("server", partial, url);
  if (withoutDoi > 0)
    warnings.push({
      file: source,
      line: 0,
      message: `${withoutDoi} works without a DOI skipped (no byline to read)`,
    });
  if (partial !== undefined)
    warnings.push({ file: source, line: 0, message: `partial result: ${partial}` });
  const result: SourceResult = { file: source, source, format: "orcid", papers, warnings };
  const owner =
    orcidKeys.get(id) ?? papers.flatMap((p) => p.authors).find((a) => a.ids?.orcid === id);
  if (owner !== undefined) result.owner = { ...owner };
  if (partial !== undefined) result.partial = partial;
  return result;
}
