// The explorer's source settings: base URLs from `coauthor-atlas.config.json` next to the app.
import { DEFAULT_SOURCE_URLS, sourceUrlsFrom, type SourceUrls } from "../sources/config.ts";

/** The configuration file's name, beside index.html. */
export const SOURCE_CONFIG_FILE = "coauthor-atlas.config.json";

/**
 * Reads the base URLs from the configuration file (keys named like the CLI's environment
 * variables: `{"COAUTHOR_ATLAS_OPENALEX_URL": "https://mirror.example/openalex"}`). No file, or
 * a file that does not read, means the public services. Keys never go in this file.
 */
export async function loadSourceUrls(
  fetchFile: (url: string) => Promise<Response> = (url) => fetch(url, { cache: "no-cache" }),
): Promise<SourceUrls> {
  try {
    const response = await fetchFile(new URL(SOURCE_CONFIG_FILE, document.baseURI).href);
    if (!response.ok) return { ...DEFAULT_SOURCE_URLS };
    const value = (await response.json()) as unknown;
    if (typeof value !== "object" || value === null) return { ...DEFAULT_SOURCE_URLS };
    const settings: Record<string, string> = {};
    for (const [k, v] of Object.entries(value)) if (typeof v === "string") settings[k] = v;
    return sourceUrlsFrom(settings);
  } catch {
    return { ...DEFAULT_SOURCE_URLS };
  }
}
