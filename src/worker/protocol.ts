// Messages between the page and the analysis worker; plain data that survives structured cloning.
import type { Centrality } from "../metrics/compute-metrics.ts";
import type { DatasetPart } from "./dataset-parts.ts";
import type { LayoutJob } from "./layout-job.ts";
import type { PipelineOptions, PipelineResult } from "./pipeline.ts";

import type { InputFile, Progress, Stage } from "../pipeline/types.ts";

export type { InputFile, Progress, Stage };

/** Page → worker. */
export interface LoadRequest {
  type: "load";
  id: number;
  files: InputFile[];
  options: PipelineOptions;
}

/**
 * Page → analysis worker, after a dataset whose betweenness is pending: measure it now (the page
 * asks once its first map is drawn, so the measuring does not slow that down).
 */
export interface CentralityRequest {
  type: "centrality";
  id: number;
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
 * "error". Its work ends there, unless the dataset's betweenness is pending: then, once asked
 * (a {@link CentralityRequest}), progress of the metrics stage and "centrality" (values in the
 * dataset's `ids` order, as transferred arrays).
 */
export type AnalysisMessage =
  | ({ type: "progress"; id: number } & Progress)
  | { type: "part"; id: number; part: DatasetPart }
  | { type: "dataset"; id: number; result: PipelineResult; layout: LayoutJob }
  | { type: "centrality"; id: number; centrality: Centrality }
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
