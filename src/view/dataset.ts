// The loaded network as the page uses it: graph, metrics, positions and lookup tables.
import {
  buildCoauthorGraph,
  type CoauthorGraph,
  type ProjectionOptions,
} from "../graph/coauthor-graph.ts";
import { collaborationPath, sharedPapers, type CollaborationPath } from "../graph/paths.ts";
import {
  withCentralitySteps,
  type Centrality,
  type MetricsResult,
} from "../metrics/compute-metrics.ts";
import type { Author, Corpus, Paper, Warning } from "../model/types.ts";
import { SIZE_METRICS, type SizeMetric } from "../scene/metric-info.ts";
import { communityColors } from "../scene/palette.ts";
import { stableOrder } from "../scene/stable-order.ts";
import { parseName } from "../parse/names.ts";
import type { PipelineResult } from "../worker/pipeline.ts";
import { indexedGraphOf } from "../worker/compact-network.ts";
import { createSearchIndex, type SearchIndex } from "./search-index.ts";
import { nextTask } from "./sliced.ts";
import { keepLast } from "../model/memo.ts";
import { float64Of } from "../model/typed-of.ts";
import { authorRow, authorValue } from "../metrics/author-table.ts";

export interface Dataset {
  corpus: Corpus;
  graph: CoauthorGraph;
  metrics: MetricsResult;
  /** Layout positions by author id; view state, changed by dragging. */
  positions: Record<string, { x: number; y: number }>;
  authors: Map<string, Author>;
  papers: Map<string, Paper>;
  /** Paper ids of each author, newest first (papers without a year last; corpus order within a year). */
  papersByAuthor: Map<string, string[]>;
  paperYears: Map<string, number>;
  /** Earliest and latest paper year, when any paper has one. */
  years?: { min: number; max: number };
  /** 1-based competition rank ("1224") of each author for each metric, highest value first. */
  ranks: Record<SizeMetric, Map<string, number>>;
  /** Built on first use. */
  readonly search: SearchIndex;
  colors: Map<number, string>;
  /** Everything worth telling the user: parser, file and metric warnings. */
  warnings: Warning[];
}

/**
 * Competition ranks (1 + the number of strictly greater values) of `ids[i]` valued `values[i]`
 * (ids distinct); the map lists the ids highest value first, ties in the given order.
 */
export function competitionRanksOf(
  ids: readonly string[],
  values: ArrayLike<number>,
): Map<string, number> {
  const order = stableOrder(float64Of(values, (v) => -v));
  const ranks = new Map<string, number>();
  let rank = 0;
  order.forEach((i, j) => {
    if (j === 0 || values[order[j - 1]] !== values[i]) rank = j + 1;
    ranks.set(ids[i], rank);
  });
  return ranks;
}

/**
 * Sorts paper ids (given in corpus order) newest first, in place: by year descending, papers
 * without a year last, ties kept in corpus order (the sort is stable).
 */
export function sortNewestFirst(ids: string[], years: ReadonlyMap<string, number>): void {
  const year = (id: string) => years.get(id) ?? -Infinity;
  ids.sort((a, b) => (year(a) === year(b) ? 0 : year(b) - year(a)));
}

/** Papers looked at between two yields of {@link createDatasetSteps}. */
const PAPERS_PER_STEP = 5_000;

/**
 * The steps of {@link createDataset}: yields between phases (and every few thousand edges or
 * papers), so a page can let input through; returns the dataset.
 */
export function* createDatasetSteps(
  result: PipelineResult,
  projection: Partial<ProjectionOptions> = {},
): Generator<void, Dataset> {
  const { corpus, metrics } = result;
  // The worker's graph arrives as typed arrays; reading them skips the projection.
  const graph = result.network
    ? indexedGraphOf(result.network, result.ids, corpus)
    : buildCoauthorGraph(corpus, projection);
  yield;
  const positions: Dataset["positions"] = {};
  result.ids.forEach((id, i) => {
    positions[id] = { x: result.positions[2 * i], y: result.positions[2 * i + 1] };
  });
  yield;
  const papers = new Map(corpus.papers.map((p) => [p.id, p]));
  yield;
  const papersByAuthor = new Map<string, string[]>();
  const paperYears = new Map<string, number>();
  // A corpus posted from the worker holds its own copy of an author id per mention and of the
  // file name per paper (a structured clone does not share strings): each is replaced by one
  // string, so the page's heap holds hundreds of thousands fewer for its collector to trace.
  const shared = new Map(result.ids.map((id) => [id, id]));
  const one = (text: string): string => {
    const known = shared.get(text);
    if (known !== undefined) return known;
    shared.set(text, text);
    return text;
  };
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < corpus.papers.length; i++) {
    if (i > 0 && i % PAPERS_PER_STEP === 0) yield;
    const paper = corpus.papers[i];
    paper.file = one(paper.file);
    const authors = paper.authors;
    for (let k = 0; k < authors.length; k++) {
      const id = one(authors[k]);
      authors[k] = id;
      const list = papersByAuthor.get(id);
      if (list) list.push(paper.id);
      else papersByAuthor.set(id, [paper.id]);
    }
    if (paper.year !== undefined) {
      paperYears.set(paper.id, paper.year);
      min = Math.min(min, paper.year);
      max = Math.max(max, paper.year);
    }
  }
  yield;
  for (const list of papersByAuthor.values()) sortNewestFirst(list, paperYears);
  yield;
  const ranks = {} as Dataset["ranks"];
  for (const metric of SIZE_METRICS) {
    ranks[metric] = competitionRanksOf(metrics.authors.ids, metrics.authors.columns[metric]);
    yield;
  }
  // The metrics' id index (built on first lookup) in a step of its own, not in the first scene's.
  authorRow(metrics.authors, "");
  yield;
  // The search index is built when first used (a search, or an author named in the URL).
  let search: SearchIndex | null = null;
  const buildSearch = () =>
    createSearchIndex(
      corpus.authors.map((a) => ({
        id: a.id,
        name: a.name,
        variants: a.variants,
        score: authorValue(metrics.authors, a.id, "pagerank") ?? 0,
        detail: `${papersByAuthor.get(a.id)?.length ?? 0} ${papersByAuthor.get(a.id)?.length === 1 ? "paper" : "papers"}`,
      })),
    );
  const metricWarnings = metrics.warnings.map((message) => ({ file: "", line: 0, message }));
  return {
    corpus,
    graph,
    metrics,
    positions,
    authors: new Map(corpus.authors.map((a) => [a.id, a])),
    papers,
    papersByAuthor,
    paperYears,
    years: min <= max ? { min, max } : undefined,
    ranks,
    get search() {
      search ??= buildSearch();
      return search;
    },
    colors: communityColors(metrics.authors.columns.community),
    warnings: [...result.fileErrors, ...corpus.warnings, ...metricWarnings],
  };
}

/** Builds the page's dataset from a pipeline result in one go. */
export function createDataset(
  result: PipelineResult,
  projection: Partial<ProjectionOptions> = {},
): Dataset {
  const steps = createDatasetSteps(result, projection);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Builds the page's dataset, awaiting `pause` (default: the next task) first (the result may have
 * just been received, which took a task of its own) and between steps.
 */
export async function createDatasetAsync(
  result: PipelineResult,
  projection: Partial<ProjectionOptions> = {},
  pause: () => Promise<void> = nextTask,
): Promise<Dataset> {
  const steps = createDatasetSteps(result, projection);
  await pause();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** Authors whose betweenness and closeness are merged between two yields. */
const AUTHORS_PER_STEP = 5_000;

/**
 * The steps of `dataset` with its deferred betweenness and closeness (values in `ids` order):
 * a new dataset with the metrics, their ranks and warnings completed, the rest shared (positions
 * included), as {@link createDataset} would have made it with every metric at once.
 */
export function* withCentralityDatasetSteps(
  dataset: Dataset,
  ids: readonly string[],
  centrality: Centrality,
): Generator<void, Dataset> {
  const metrics = yield* withCentralitySteps(dataset.metrics, ids, centrality, AUTHORS_PER_STEP);
  const ranks = { ...dataset.ranks };
  for (const metric of ["betweenness", "closeness"] as const) {
    yield;
    ranks[metric] = competitionRanksOf(metrics.authors.ids, metrics.authors.columns[metric]);
  }
  const warnings = [
    ...dataset.warnings,
    ...centrality.warnings.map((message) => ({ file: "", line: 0, message })),
  ];
  // Copied by descriptor: spreading would build the search index its getter makes on first use.
  const next = Object.defineProperties({}, Object.getOwnPropertyDescriptors(dataset)) as Dataset;
  return Object.assign(next, { metrics, ranks, warnings });
}

/**
 * What a view derived from a dataset's network is memoized on: its graph. A dataset with
 * betweenness and closeness merged in ({@link withCentralityDatasetSteps}) keeps the graph, the
 * corpus, the lookup tables, the positions, the communities and every other metric, so a view that
 * reads only those need not be derived again; one that reads a metric's values is keyed on
 * {@link metricKey} too.
 */
export function networkKey(dataset: Dataset): CoauthorGraph {
  return dataset.graph;
}

/** What a view reading `metric`'s values is memoized on besides {@link networkKey} (null: none). */
export function metricKey(dataset: Dataset, metric: SizeMetric | null): unknown {
  return metric && dataset.ranks[metric];
}

/** {@link withCentralityDatasetSteps}, awaiting `pause` (default: the next task) between steps. */
export async function withCentralityDatasetAsync(
  dataset: Dataset,
  ids: readonly string[],
  centrality: Centrality,
  pause: () => Promise<void> = nextTask,
): Promise<Dataset> {
  const steps = withCentralityDatasetSteps(dataset, ids, centrality);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** Display name of an author id (the id itself when unknown). */
export function authorName(dataset: Dataset, id: string): string {
  return dataset.authors.get(id)?.name ?? id;
}

/**
 * {@link authorName}, also for an author an accepted merge folded into another: then the
 * spelling, among the other authors' variants, whose identity key is `id` (else the id itself).
 */
export function mergedName(dataset: Dataset, id: string): string {
  const author = dataset.authors.get(id);
  if (author) return author.name;
  return variantSpellings(dataset).get(id) ?? id;
}

/**
 * The first variant spelling met for each identity key, built for a dataset on the first name
 * an author no longer has.
 */
const variantSpellings = keepLast((dataset: Dataset): Map<string, string> => {
  const spellings = new Map<string, string>();
  for (const other of dataset.authors.values())
    for (const spelling of other.variants) {
      const key = parseName(spelling, { latex: false })?.key;
      if (key !== undefined && !spellings.has(key)) spellings.set(key, spelling);
    }
  return spellings;
});

export interface Coauthor {
  id: string;
  name: string;
  /** Papers the two share (from paper lists, so papers above the author cap count too). */
  shared: number;
  /** Weight of their edge in the coauthor graph (a network file's link weight), 0 if none. */
  weight: number;
}

/** An author's coauthors, most shared papers first, then by link weight, then by name. */
export function coauthorsOf(dataset: Dataset, id: string): Coauthor[] {
  const counts = new Map<string, number>();
  for (const paperId of dataset.papersByAuthor.get(id) ?? [])
    for (const other of dataset.papers.get(paperId)?.authors ?? [])
      if (other !== id) counts.set(other, (counts.get(other) ?? 0) + 1);
  // Network links without papers still make coauthors.
  if (dataset.graph.hasNode(id))
    dataset.graph.forEachNeighbor(id, (other) => {
      if (!counts.has(other)) counts.set(other, 0);
    });
  const weightTo = (other: string) =>
    dataset.graph.hasNode(id) && dataset.graph.hasEdge(id, other)
      ? dataset.graph.getEdgeAttribute(id, other, "weight")
      : 0;
  return [...counts.entries()]
    .map(([other, shared]) => ({
      id: other,
      name: authorName(dataset, other),
      shared,
      weight: weightTo(other),
    }))
    .sort((a, b) => b.shared - a.shared || b.weight - a.weight || a.name.localeCompare(b.name));
}

/** The papers two authors wrote together, newest first. */
export function pairPapers(dataset: Dataset, a: string, b: string): Paper[] {
  return sharedPapers(dataset.papersByAuthor.get(a) ?? [], dataset.papersByAuthor.get(b) ?? [])
    .map((id) => dataset.papers.get(id))
    .filter((p): p is Paper => p !== undefined);
}

/** Shortest collaboration path between two authors in the whole network, or null. */
export function pathBetween(dataset: Dataset, a: string, b: string): CollaborationPath | null {
  return collaborationPath(dataset.graph, a, b);
}
