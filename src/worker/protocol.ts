// Messages between the page and the analysis worker; plain data that survives structured cloning.
import type { Warning } from "../model/types.ts";
import type { DatasetPart } from "./dataset-parts.ts";
import type { LayoutJob } from "./layout-job.ts";
import type { PipelineOptions, PipelineResult } from "./pipeline.ts";

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

/** Page → worker. */
export interface LoadRequest {
  type: "load";
  id: number;
  files: InputFile[];
  options: PipelineOptions;
}

/** Page → layout worker: the layout the analysis worker handed over. */
export interface LayoutRequest {
  type: "layout";
  id: number;
  job: LayoutJob;
}

/**
 * Analysis worker → page: progress, then the dataset's bulky records in parts, then the rest of
 * the network and metrics with starting positions and the layout still to run ("dataset"), or
 * "error". Its work ends there.
 */
export type AnalysisMessage =
  | ({ type: "progress"; id: number } & Progress)
  | { type: "part"; id: number; part: DatasetPart }
  | { type: "dataset"; id: number; result: PipelineResult; layout: LayoutJob }
  | { type: "error"; id: number; message: string };

/** Layout worker → page: progress, positions while the layout runs, the final positions (or "error"). */
export type LayoutMessage =
  | ({ type: "progress"; id: number } & Progress)
  | { type: "positions"; id: number; positions: Float64Array }
  | { type: "done"; id: number; positions: Float64Array; milliseconds: number }
  | { type: "error"; id: number; message: string };

export const STAGE_LABELS: Record<Stage, string> = {
  parse: "Reading files",
  graph: "Building the network",
  metrics: "Computing metrics",
  layout: "Laying out the map",
};
