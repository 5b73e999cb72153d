// Command-line arguments → a validated options object (pure; no I/O).
import { parseYearRange, type YearRange } from "../graph/year-range.ts";
import { parsePeriods, type Period } from "../graph/timeline.ts";
import { COLOR_MODES, type ColorMode } from "../scene/color-by.ts";
import { parseSourceSpec } from "../sources/spec.ts";
import { COMMUNITY_METHODS, type CommunityMethod } from "../metrics/community-method.ts";
import { FILE_LAYOUT_MODES, type FileLayoutMode } from "../graph/network-nodes.ts";

export const METRICS = [
  "pagerank",
  "betweenness",
  "closeness",
  "eigenvector",
  "papers",
  "coauthors",
  "strength",
] as const;
export type MetricName = (typeof METRICS)[number];

export const FORMATS = [
  "table",
  "json",
  "csv",
  "gexf",
  "graphml",
  "svg",
  "png",
  "pdf",
  "edges-parquet",
  "edges-csv",
] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** GEXF schema of `--format gexf`: 1.2 (1.2draft, read by networkx) or 1.3 (Gephi's current). */
export const GEXF_VERSIONS = ["1.2", "1.3"] as const;
export type GexfVersionFlag = (typeof GEXF_VERSIONS)[number];

/** Most panels of `--small-multiples` and `--periods`. */
export const MAX_PERIODS = 24;

export interface AnalyzeOptions {
  files: string[];
  format: OutputFormat;
  out: string | null;
  top: number;
  metric: MetricName;
  counting: "full" | "fractional";
  maxAuthors: number;
  mergeSuggestions: boolean;
  exactBetweenness: boolean;
  /** Progress bars on stderr even when stderr is not a terminal. */
  progress: boolean;
  gexfVersion: GexfVersionFlag;
  /** Keep only the papers of these years (`--years 2010-2015`); null keeps all. */
  years: YearRange | null;
  /** With `--years`: keep undated papers too (`--undated keep`, the default) or drop them. */
  includeUndated: boolean;
  /** Node colour of the map formats. */
  color: ColorMode;
  /** `--ego AUTHOR`: keep this author (id or display name) and their coauthors up to `hops` steps. */
  ego: string | null;
  hops: number;
  /** `--keep-top N`: keep the N authors ranked first by `metric` (every format; `--top` is the table's length). */
  keepTop: number | null;
  /** `--min-papers N`: keep authors on at least N papers. */
  minPapers: number | null;
  /** `--component largest`: keep the largest connected component. */
  component: "all" | "largest";
  /** VOSviewer thesaurus files applied to the authors (`--thesaurus FILE`, repeatable). */
  thesauri: string[];
  /** Live sources among the arguments (`openalex:A…`, `dblp:PID`, `orcid:…`, `doi:…`), in order. */
  sources?: string[];
  /** `--mailto`: sent to OpenAlex and Crossref. */
  mailto?: string;
  /** `--openalex-key` (else the OPENALEX_API_KEY environment variable). */
  openalexKey?: string;
  /** `--save-sources FILE`: what the sources fetched, as JSON that `analyze FILE` reads back. */
  saveSources?: string;
  /** Community detection (`auto`: a network file's clusters when every author has one, else Louvain). */
  communities: CommunityMethod;
  /** Modularity resolution γ of Louvain and Leiden. */
  resolution: number;
  /** A network file's own positions (VOSviewer x/y): layout start, kept as they are, or ignored. */
  fileLayout: FileLayoutMode;
  /** PDF page size in millimetres, `WIDTHxHEIGHT`. */
  pageSize: { width: number; height: number };
  /** Draw the density view (heat map of the authors, labels on top) in svg, png and pdf. */
  density: boolean;
  /**
   * `--small-multiples N` (N equal periods) or `--periods 2000-2004,2005-2009`: the svg is one
   * panel per period, the same positions in each; null draws one map.
   */
  periods: { count: number } | { list: Period[] } | null;
}

export const DEFAULT_ANALYZE_OPTIONS: Omit<AnalyzeOptions, "files"> = {
  format: "table",
  out: null,
  top: 20,
  metric: "pagerank",
  counting: "full",
  maxAuthors: 50,
  mergeSuggestions: false,
  exactBetweenness: false,
  progress: false,
  gexfVersion: "1.2",
  years: null,
  includeUndated: true,
  color: "community",
  ego: null,
  hops: 1,
  keepTop: null,
  minPapers: null,
  component: "all",
  thesauri: [],
  communities: "auto",
  resolution: 1,
  fileLayout: "start",
  pageSize: { width: 180, height: 120 },
  periods: null,
  density: false,
};

export type Command = { command: "help" } | { command: "analyze"; options: AnalyzeOptions };

export const USAGE = `Usage: coauthor-atlas analyze FILE|SOURCE… [options]

Builds the coauthor network of the publication lists in FILE… (merged) and reports its authors.
A SOURCE is fetched live: openalex:A5023888391, dblp:95/7448-1, orcid:0000-0002-1825-0097,
doi:10.1145/3290605.3300233 (several: doi:A,B; a file of DOIs, one a line: doi:@FILE). Base URLs from COAUTHOR_ATLAS_OPENALEX_URL,
COAUTHOR_ATLAS_DBLP_URL, COAUTHOR_ATLAS_ORCID_URL, COAUTHOR_ATLAS_CROSSREF_URL.
FILE \`-\` (or /dev/stdin) reads standard input.

Options:
  --format table|json|csv|gexf|graphml|svg|png|pdf   output format (default: table)
  --format edges-parquet|edges-csv   the weighted edge list and author table for
                      DuckDB, Spark, …: PATH-edges.* and PATH-authors.* (needs --out PATH)
  --out PATH          write to PATH instead of standard output (required for png and pdf)
  --gexf-version 1.2|1.3  GEXF schema (default: 1.2, which networkx reads; Gephi reads both)
  --top N             authors in the table (default: 20)
  --metric NAME       rank by ${METRICS.join("|")} (default: pagerank)
  --years A-B         keep only the papers of years A to B (A-, -B and one year work too)
  --undated keep|drop with --years: keep papers without a year (default) or drop them
  --small-multiples N svg: one panel per period, N equal periods of the dated years (same layout)
  --periods A-B,C-D   svg: one panel per listed period (e.g. 2000-2004,2005-2009)
  --color MODE        node colour of svg|png: ${COLOR_MODES.join("|")} (default: community)
  --fractional[=yes|no]  fractional counting of edge weights (Newman 2001)
  --communities auto|louvain|leiden|file  community detection (default: auto = a VOSviewer
                      file's clusters when every author has one, else Louvain)
  --resolution R      modularity resolution of Louvain and Leiden (default: 1; higher: smaller communities)
  --file-layout start|keep|ignore  a network file's own x/y: start the layout there (default),
                      keep it as drawn, or ignore it
  --page-size WxH     PDF page in millimetres (default: 180x120)
  --density           svg/png/pdf: the density view (where the collaboration mass is), labels on top
  --max-authors N     papers with more authors add no edges (default: 50)
  --merge-suggestions print authors that may be one person, then exit
  --exact             exact betweenness even for very large graphs
  --thesaurus FILE    VOSviewer thesaurus (label<TAB>replace by) merging or dropping authors
  --progress          progress bars on stderr (shown anyway when stderr is a terminal)

Cutting a field down (applied in this order; metrics are then those of the part kept):
  --min-papers N      keep authors on at least N papers
  --component largest keep the largest connected component
  --ego AUTHOR        keep AUTHOR (id or name) and coauthors within --hops steps
  --hops K            steps around --ego (default: 1)
  --keep-top N        keep the N authors ranked first by --metric
  --mailto ADDRESS    your e-mail, sent to OpenAlex and Crossref (their polite pools)
  --openalex-key KEY  OpenAlex API key (default: the OPENALEX_API_KEY environment variable)
  --save-sources FILE keep what the sources fetched as JSON; \`analyze FILE\` reads it offline
  -h, --help          this text`;

class UsageError extends Error {}
export { UsageError };

function positiveInt(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < 1)
    throw new UsageError(`${flag} needs a positive whole number, got ${value ?? "nothing"}`);
  return n;
}

function nonNegative(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || value.trim() === "" || !Number.isFinite(n) || n < 0)
    throw new UsageError(`${flag} needs a number ≥ 0, got ${value ?? "nothing"}`);
  return n;
}

function pageSize(flag: string, value: string | undefined): { width: number; height: number } {
  const m = /^(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)$/i.exec(value ?? "");
  const width = Number(m?.[1]);
  const height = Number(m?.[2]);
  if (!m || !(width >= 20 && width <= 2000 && height >= 20 && height <= 2000))
    throw new UsageError(
      `${flag} needs WIDTHxHEIGHT in millimetres (20–2000 each, e.g. 180x120), got ${value ?? "nothing"}`,
    );
  return { width, height };
}

function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
): T {
  if (value === undefined || !(allowed as readonly string[]).includes(value))
    throw new UsageError(`${flag} must be one of ${allowed.join(", ")}, got ${value ?? "nothing"}`);
  return value as T;
}

/** `--flag=yes|no` (also true/false, on/off, 1/0); a bare `--flag` is yes. */
function booleanValue(flag: string, inline: string | undefined): boolean {
  if (inline === undefined) return true;
  const value = inline.trim().toLowerCase();
  if (["yes", "true", "on", "1"].includes(value)) return true;
  if (["no", "false", "off", "0"].includes(value)) return false;
  throw new UsageError(`${flag} takes yes or no, got ${inline}`);
}

/** Parses argv (without node and script); throws UsageError with a one-line message. */
export function parseArgs(argv: string[]): Command {
  if (argv.length === 0 || argv[0] === "-h" || argv[0] === "--help") return { command: "help" };
  const [command, ...rest] = argv;
  if (command !== "analyze") throw new UsageError(`unknown command "${command}" (try: analyze)`);
  const options: AnalyzeOptions = { ...DEFAULT_ANALYZE_OPTIONS, files: [], thesauri: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s) : [arg];
    const value = () => (inline !== undefined ? inline : rest[++i]);
    switch (flag) {
      case "-h":
      case "--help":
        if (inline !== undefined) throw new UsageError(`${flag} takes no value`);
        return { command: "help" };
      case "--format":
        options.format = oneOf(flag, value(), FORMATS);
        break;
      case "--out":
      case "-o": {
        const out = value();
        if (!out) throw new UsageError(`${flag} needs a path`);
        options.out = out;
        break;
      }
      case "--top":
        options.top = positiveInt(flag, value());
        break;
      case "--metric":
        options.metric = oneOf(flag, value(), METRICS);
        break;
      case "--fractional":
        options.counting = booleanValue(flag, inline) ? "fractional" : "full";
        break;
      case "--max-authors":
        options.maxAuthors = positiveInt(flag, value());
        break;
      case "--merge-suggestions":
        options.mergeSuggestions = booleanValue(flag, inline);
        break;
      case "--exact":
        options.exactBetweenness = booleanValue(flag, inline);
        break;
      case "--progress":
        options.progress = booleanValue(flag, inline);
        break;
      case "--years": {
        const text = value();
        const range = text === undefined ? null : parseYearRange(text);
        if (!range)
          throw new UsageError(`--years needs a range such as 2010-2015, got ${text ?? "nothing"}`);
        options.years = range;
        break;
      }
      case "--small-multiples":
        options.periods = { count: positiveInt(flag, value()) };
        if (options.periods.count > MAX_PERIODS)
          throw new UsageError(`${flag} draws at most ${MAX_PERIODS} panels`);
        break;
      case "--periods": {
        const text = value();
        const list = text === undefined ? null : parsePeriods(text);
        if (!list)
          throw new UsageError(
            `--periods needs periods such as 2000-2004,2005-2009, got ${text ?? "nothing"}`,
          );
        if (list.length > MAX_PERIODS)
          throw new UsageError(`${flag} draws at most ${MAX_PERIODS} panels`);
        options.periods = { list };
        break;
      }
      case "--undated":
        options.includeUndated = oneOf(flag, value(), ["keep", "drop"] as const) === "keep";
        break;
      case "--color":
      case "--colour":
        options.color = oneOf(flag, value(), COLOR_MODES);
        break;
      case "--ego": {
        const ego = value();
        if (!ego) throw new UsageError(`${flag} needs an author id or name`);
        options.ego = ego;
        break;
      }
      case "--hops":
        options.hops = positiveInt(flag, value());
        break;
      case "--keep-top":
        options.keepTop = positiveInt(flag, value());
        break;
      case "--min-papers":
        options.minPapers = positiveInt(flag, value());
        break;
      case "--component":
        options.component = oneOf(flag, value(), ["all", "largest"] as const);
        break;
      case "--gexf-version":
        options.gexfVersion = oneOf(flag, value(), GEXF_VERSIONS);
        break;
      case "--communities":
        options.communities = oneOf(flag, value(), COMMUNITY_METHODS);
        break;
      case "--resolution":
        options.resolution = nonNegative(flag, value());
        break;
      case "--file-layout":
        options.fileLayout = oneOf(flag, value(), FILE_LAYOUT_MODES);
        break;
      case "--density":
        options.density = booleanValue(flag, inline);
        break;
      case "--page-size":
        options.pageSize = pageSize(flag, value());
        break;
      case "--thesaurus": {
        const file = value();
        if (!file) throw new UsageError(`${flag} needs a path`);
        options.thesauri.push(file);
        break;
      }
      case "--mailto":
      case "--openalex-key":
      case "--save-sources": {
        const text = value();
        if (!text || text.startsWith("--")) throw new UsageError(`${flag} needs a value`);
        if (flag === "--mailto") options.mailto = text;
        else if (flag === "--openalex-key") options.openalexKey = text;
        else options.saveSources = text;
        break;
      }
      default: {
        if (arg.startsWith("-") && arg !== "-") throw new UsageError(`unknown option ${arg}`);
        let spec;
        try {
          // `doi:@FILE`: a file of DOIs, one a line (read when the sources are fetched).
          spec = /^doi:@./i.test(arg) ? true : parseSourceSpec(arg);
        } catch (error) {
          throw new UsageError((error as Error).message);
        }
        if (spec !== null) (options.sources ??= []).push(arg);
        else options.files.push(arg);
      }
    }
  }
  if (options.files.length === 0 && options.sources === undefined)
    throw new UsageError("analyze needs at least one FILE or SOURCE");
  if (options.saveSources !== undefined && options.sources === undefined)
    throw new UsageError("--save-sources needs a SOURCE to fetch");
  if (options.periods && options.format !== "svg")
    throw new UsageError("--small-multiples and --periods need --format svg");
  if ((options.format === "png" || options.format === "pdf") && !options.out)
    throw new UsageError(`--format ${options.format} needs --out PATH`);
  if (options.format.startsWith("edges-") && !options.out)
    throw new UsageError(`--format ${options.format} needs --out PATH (it writes two files)`);
  return { command: "analyze", options };
}
