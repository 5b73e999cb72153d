// One entry to the live sources: a client per service (its own politeness), fetch by spec, search.
import type { SourceConfig } from "./config.ts";
import { fetchCrossrefList } from "./crossref.ts";
import { fetchDblpPerson, searchDblpAuthors } from "./dblp.ts";
import { createHttpClient, SourceError, type HttpClient, type HttpOptions } from "./http.ts";
import { fetchOpenAlexAuthor, searchOpenAlexAuthors } from "./openalex.ts";
import { fetchOrcidPerson } from "./orcid.ts";
import { specLabel, type SourceSpec } from "./spec.ts";
import type { AuthorCandidate, SourceProgress, SourceResult } from "./types.ts";

export type Service = "openalex" | "dblp" | "orcid" | "crossref";

/** Requests under way at once, per service (dblp asks for few; OpenAlex allows ten a second). */
export const DEFAULT_CONCURRENCY: Record<Service, number> = {
  openalex: 4,
  dblp: 1,
  orcid: 2,
  crossref: 3,
};

export type SourceClients = Record<Service, HttpClient>;

export interface SourceRunOptions {
  config: SourceConfig;
  /** HTTP settings shared by the four clients (`fetch` is required; sleep and random for tests). */
  http: Partial<HttpOptions> & Pick<HttpOptions, "fetch">;
  concurrency: Record<Service, number>;
  onProgress?: (progress: SourceProgress) => void;
}

/** Creates one polite client per service, each with its own concurrency bound and 429 pause. */
export function createSourceClients(
  options: Pick<SourceRunOptions, "http"> & Partial<Pick<SourceRunOptions, "concurrency">>,
): SourceClients {
  const concurrency = { ...DEFAULT_CONCURRENCY, ...options.concurrency };
  const make = (service: Service, headers: Record<string, string> = {}) =>
    createHttpClient({
      ...options.http,
      concurrency: concurrency[service],
      headers: { ...options.http.headers, ...headers },
    });
  return {
    openalex: make("openalex"),
    dblp: make("dblp"),
    orcid: make("orcid", { Accept: "application/json" }),
    crossref: make("crossref"),
  };
}

/** Fetches one source with the given clients. Throws a {@link SourceError} when nothing came. */
export function fetchSource(
  spec: SourceSpec,
  clients: SourceClients,
  options: Pick<SourceRunOptions, "config" | "onProgress">,
): Promise<SourceResult> {
  const { urls, mailto, openalexKey } = options.config;
  const openalex = {
    baseUrl: urls.openalex,
    mailto,
    apiKey: openalexKey,
    onProgress: options.onProgress,
  };
  switch (spec.kind) {
    case "openalex":
      return fetchOpenAlexAuthor(clients.openalex, spec.id, openalex);
    case "dblp":
      return fetchDblpPerson(clients.dblp, spec.pid, {
        baseUrl: urls.dblp,
        onProgress: options.onProgress,
      });
    case "orcid":
      return fetchOrcidPerson(clients, spec.id, {
        baseUrl: urls.orcid,
        openalex,
        crossref: { baseUrl: urls.crossref, mailto },
        onProgress: options.onProgress,
      });
    case "doi":
      return fetchCrossrefList(clients.crossref, spec.dois, {
        baseUrl: urls.crossref,
        mailto,
        source: specLabel(spec),
        onProgress: options.onProgress,
      });
  }
}

/** Searches people by name in OpenAlex or dblp (the two with an author search). */
export function searchAuthors(
  service: "openalex" | "dblp",
  query: string,
  clients: SourceClients,
  config: SourceConfig,
): Promise<AuthorCandidate[]> {
  return service === "openalex"
    ? searchOpenAlexAuthors(clients.openalex, query, {
        baseUrl: config.urls.openalex,
        mailto: config.mailto,
        apiKey: config.openalexKey,
      })
    : searchDblpAuthors(clients.dblp, query, { baseUrl: config.urls.dblp });
}

/** A failed source: which, and the error. */
export interface SourceFailure {
  source: string;
  error: SourceError | Error;
}

/**
 * Fetches each spec in turn (one source at a time; each service's client bounds its own requests),
 * keeping the results of those that worked and the failures of those that did not. A cancelled
 * fetch stops the rest.
 */
export async function fetchSources(
  specs: readonly SourceSpec[],
  options: Partial<SourceRunOptions> & Pick<SourceRunOptions, "config" | "http">,
): Promise<{ results: SourceResult[]; failures: SourceFailure[]; requests: number }> {
  const clients = createSourceClients(options);
  const results: SourceResult[] = [];
  const failures: SourceFailure[] = [];
  for (const spec of specs) {
    try {
      results.push(await fetchSource(spec, clients, options));
    } catch (error) {
      if (error instanceof SourceError && error.kind === "cancelled") throw error;
      failures.push({ source: specLabel(spec), error: error as Error });
    }
  }
  const requests = Object.values(clients).reduce((n, c) => n + c.requests, 0);
  return { results, failures, requests };
}
