// Where the live sources are (base URLs, overridable for tests and mirrors) and who is asking.

/** Base URLs of the four services, without a trailing slash. */
export interface SourceUrls {
  openalex: string;
  dblp: string;
  orcid: string;
  crossref: string;
}

export const DEFAULT_SOURCE_URLS: SourceUrls = {
  openalex: "https://api.openalex.org",
  dblp: "https://dblp.org",
  orcid: "https://pub.orcid.org/v3.0",
  crossref: "https://api.crossref.org",
};

/** The environment variable (CLI) or configuration key (explorer) of each base URL. */
export const SOURCE_URL_SETTINGS: Record<keyof SourceUrls, string> = {
  openalex: "COAUTHOR_ATLAS_OPENALEX_URL",
  dblp: "COAUTHOR_ATLAS_DBLP_URL",
  orcid: "COAUTHOR_ATLAS_ORCID_URL",
  crossref: "COAUTHOR_ATLAS_CROSSREF_URL",
};

/** What a fetch needs besides the fetch itself. */
export interface SourceConfig {
  urls: SourceUrls;
  /** Sent as `mailto` to OpenAlex and Crossref (their polite pools). */
  mailto?: string;
  /** Sent as `api_key` to OpenAlex. */
  openalexKey?: string;
}

const trimSlash = (url: string) => url.trim().replace(/\/+$/, "");

/**
 * Base URLs from settings named as in {@link SOURCE_URL_SETTINGS} (the CLI passes
 * `process.env`, the explorer its configuration file); unset or empty ones keep their default.
 */
export function sourceUrlsFrom(settings: Record<string, string | undefined>): SourceUrls {
  const urls = { ...DEFAULT_SOURCE_URLS };
  for (const service of Object.keys(urls) as (keyof SourceUrls)[]) {
    const value = settings[SOURCE_URL_SETTINGS[service]];
    if (value !== undefined && value.trim() !== "") urls[service] = trimSlash(value);
  }
  return urls;
}
