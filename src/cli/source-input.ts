// Live sources for the CLI: fetch the SOURCE arguments (progress on stderr), save and read them back.
import { open, stat, writeFile } from "node:fs/promises";
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
import { readDoiList, type SourceSpec } from "../sources/spec.ts";

/** Text from a server made safe for a terminal: control characters (escapes) shown as `?`. */
function inert(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, "?");
}

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
  const specs: SourceSpec[] = [];
  for (const arg of options.sources) {
    const file = /^doi:@(.+)$/i.exec(arg);
    if (file === null) {
      const spec = parseSourceSpec(arg);
      if (spec !== null) specs.push(spec);
      continue;
    }
    let text: string;
    try {
      text = await readFile(file[1], "utf8");
    } catch (error) {
      throw new Error(
        `cannot read ${file[1]}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}`,
        { cause: error },
      );
    }
    const { dois, bad } = readDoiList(text);
    for (const line of bad.slice(0, 5))
      options.stderr(`warning: ${file[1]}:${line}: not a DOI; skipped\n`);
    if (bad.length > 5)
      options.stderr(`warning: ${file[1]}: ${bad.length - 5} more lines without a DOI skipped\n`);
    if (dois.length === 0) throw new Error(`${file[1]}: no DOI in the file`);
    specs.push({ kind: "doi", dois });
  }
  if (specs.length === 0) return [];
  const config: SourceConfig = { urls: sourceUrlsFrom(options.env) };
  if (options.mailto) config.mailto = options.mailto;
  const key = options.openalexKey ?? options.env.OPENALEX_API_KEY;
  if (key) config.openalexKey = key;
  const say = options.progress ? (text: string) => options.stderr(inert(text)) : () => {};
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
      `${first.source}: ${inert(first.error.message)}${failures.length > 1 ? ` (and ${failures.length - 1} more source${failures.length > 2 ? "s" : ""} failed)` : ""}`,
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
    // Only a regular file can be one (opening a FIFO would wait for a writer).
    if (!(await stat(path)).isFile()) return null;
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
