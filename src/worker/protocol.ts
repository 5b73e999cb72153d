// Messages between the page and the analysis worker; plain data that survives structured cloning.
import type { PipelineOptions, PipelineResult } from "./pipeline.ts";

/** A file to analyse: its name (for format detection and warnings) and its text. */
export interface InputFile {
  name: string;
  text: string;
}

export type Stage = "parse" | "graph" | "metrics" | "layout";

export interface Progress {
  stage: Stage;
  /** Work done and total in the stage's own units (files, BFS sources, ticks). */
  done: number;
  total: number;
}

/** Page → worker. */
export interface LoadRequest {
  type: "load";
  id: number;
  files: InputFile[];
  options: PipelineOptions;
}

/**
 * Worker → page: progress; the network and metrics with starting positions ("dataset"); positions
 * while the layout runs; then "done" with the final positions (or "error").
 */
export type WorkerMessage =
  | ({ type: "progress"; id: number } & Progress)
  | { type: "dataset"; id: number; result: PipelineResult }
  | { type: "positions"; id: number; positions: Float64Array }
  | { type: "done"; id: number; positions: Float64Array; timings: PipelineResult["timings"] }
  | { type: "error"; id: number; message: string };

export const STAGE_LABELS: Record<Stage, string> = {
  parse: "Reading files",
  graph: "Building the network",
  metrics: "Computing metrics",
  layout: "Laying out the map",
};
