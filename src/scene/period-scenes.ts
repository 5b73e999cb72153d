// Time slices: one scene per period, every one in the same frame and positions (small multiples).
import type { CoauthorGraph } from "../graph/coauthor-graph.ts";
import type { FilterContext, FilterOptions } from "../graph/filters.ts";
import {
  frameVisible,
  newInPeriod,
  periodFrame,
  periodLabel,
  type Period,
  type TimelineIndex,
} from "../graph/timeline.ts";
import type { AuthorTable } from "../metrics/author-table.ts";
import { buildScene, type SceneOptions } from "./build-scene.ts";
import type { SizeMetric } from "./metric-info.ts";
import type { Scene, SceneTransform } from "./scene.ts";
import { markNewInFrame } from "./timeline-marks.ts";

export interface PeriodScenesInput {
  graph: CoauthorGraph;
  metrics: AuthorTable;
  /** One layout of the whole network: every panel draws authors where it puts them. */
  positions: Record<string, { x: number; y: number }>;
  sizeMetric: SizeMetric;
  /** The frame every panel shares (the whole network's fit). */
  frame: { width: number; height: number; transform: SceneTransform };
  /** The view's other filters. */
  filters?: Partial<FilterOptions>;
  context: FilterContext;
  index: Pick<TimelineIndex, "authorFirst" | "edgeFirst">;
}

/** A panel: its period, title (`2000–2004`) and scene. */
export interface PeriodScene {
  period: Period;
  title: string;
  scene: Scene;
}

/**
 * One scene per period: the authors and collaborations of the period's dated papers (under the
 * other filters), the collaborations that first appear in it marked as new (authors are not
 * ringed: in a slice of years most are new), all in the same frame; no legend.
 */
export function periodScenes(
  input: PeriodScenesInput,
  periods: readonly Period[],
  options: Partial<SceneOptions> = {},
): PeriodScene[] {
  return periods.map((period) => {
    const visible = frameVisible(
      input.graph,
      periodFrame(period),
      input.filters ?? {},
      input.context,
    );
    const scene = buildScene(
      {
        graph: input.graph,
        metrics: input.metrics,
        positions: input.positions,
        visible,
        sizeMetric: input.sizeMetric,
        transform: input.frame.transform,
        width: input.frame.width,
        height: input.frame.height,
      },
      { ...options, legend: false, caption: undefined },
    );
    return {
      period,
      title: periodLabel(period),
      scene: markNewInFrame(scene, {
        authors: new Set(),
        edges: newInPeriod(input.index, period).edges,
      }),
    };
  });
}
