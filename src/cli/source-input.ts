// Live sources for the CLI: fetch the SOURCE arguments (progress on stderr), save and read them back.
import { open, writeFile } from "node:fs/promises";
import {
  fetchSources,
  parseSourceSpec,
  readSavedSources,
  serializeSources,
  sniffSavedSources,
  sourceUrlsFrom,
  type FetchLike,
  type SourceConfig,
  type SourceResult,
} from "../sources/index.ts";
import { readFile } from "node:fs/promises";

export interface CliSourceOptions {
  sources: readonly string[];
  mailto?: string;
  openalexKey?: string;
  saveSources?: string;
  /** Progress lines on stderr. */
  progress: boolean;
  /** Environment: base URLs (`COAUTHOR_ATLAS_*_URL`) and `OPENALEX_API_KEY`. */
  env: Record<string, string | undefined>;
  fetch?: FetchLike;
  stderr: (text: string) => void;
}

/**
 * Fetches the SOURCE arguments in order. Progress (works so far, requests, waits after a 429) goes
 * to stderr when `progress`; a partial result is kept and its warning says so; a source that
 * gives nothing at all throws `SOURCE: why` (offline, not found, bad key, rate limited). With
 * `saveSources`, the results are written there as JSON that {@link readSavedSourcesFile} reads.
 */
export async function fetchCliSources(options: CliSourceOptions): Promise<SourceResult[]> {
  const specs = options.sources.map((s) => parseSourceSpec(s)).filter((s) => s !== null);
  if (specs.length === 0) return [];
  const config: SourceConfig = { urls: sourceUrlsFrom(options.env) };
  if (options.mailto) config.mailto = options.mailto;
  const key = options.openalexKey ?? options.env.OPENALEX_API_KEY;
  if (key) config.openalexKey = key;
  const say = options.progress ? options.stderr : () => {};
  const { results, failures } = await fetchSources(specs, {
    config,
    http: {
      fetch: options.fetch ?? ((url, init) => fetch(url, init)),
      onRetry: ({ delayMs, reason, attempt }) =>
        say(`  ${reason}; waiting ${(delayMs / 1000).toFixed(1)} s (retry ${attempt})\n`),
    },
    onProgress: (p) =>
      say(
        `${p.source}: ${p.done}${p.total === undefined ? "" : ` of ${p.total}`} works, ${p.requests} request${p.requests === 1 ? "" : "s"}${p.note ? ` (${p.note})` : ""}\n`,
      ),
  });
  if (failures.length > 0) {
    const [first] = failures;
    throw new Error(
      `${first.source}: ${first.error.message}${failures.length > 1 ? ` (and ${failures.length - 1} more source${failures.length > 2 ? "s" : ""} failed)` : ""}`,
    );
  }
  for (const r of results)
    say(`${r.source}: ${r.papers.length} works${r.partial === undefined ? "" : " (partial)"}\n`);
  if (options.saveSources !== undefined)
    await writeFile(options.saveSources, serializeSources(results));
  return results;
}

/** The results saved in `path` by `--save-sources`, or null when `path` is not such a file. */
export async function readSavedSourcesFile(path: string): Promise<SourceResult[] | null> {
  let head: string;
  try {
    const handle = await open(path, "r");
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(256), 0, 256, 0);
      head = buffer.subarray(0, bytesRead).toString("utf8");
    } finally {
      await handle.close();
    }
  } catch {
    return null; // unreadable: the file reader says why
  }
  if (!sniffSavedSources(head)) return null;
  return readSavedSources(await readFile(path, "utf8"), path);
}
