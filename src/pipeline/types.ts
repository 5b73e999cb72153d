// The pipeline's shared types: files in, progress while it runs, the analysis out (CLI, worker, page).
import type { CoauthorGraph } from "../graph/coauthor-graph.ts";
import type { MetricsResult } from "../metrics/compute-metrics.ts";
import type { Corpus, Warning } from "../model/types.ts";

/** A file to analyse: its name (for format detection and warnings) and its text. */
export interface InputFile {
  name: string;
  text: string;
  /** Warnings from decoding its bytes (invalid UTF-8), shown with the parser's. */
  warnings?: Warning[];
}

export type Stage = "parse" | "graph" | "metrics" | "layout";

export interface Progress {
  stage: Stage;
  /** Work done and total in the stage's own units (files, BFS sources, ticks). */
  done: number;
  total: number;
}

/** What the pipeline computes before any layout. */
export interface Analysis {
  corpus: Corpus;
  graph: CoauthorGraph;
  metrics: MetricsResult;
}
