// The explorer's small multiples: the shown network in N periods, in the map's layout and view.
import type { TextExport } from "../export/export-actions.ts";
import { EXPORT_MIME } from "../export/download.ts";
import { exportFileName, isoDate } from "../export/file-name.ts";
import { smallMultiplesCaption } from "../export/small-multiples-caption.ts";
import { smallMultiplesSvg } from "../export/small-multiples.ts";
import { intersectYearRanges, periodsFor } from "../graph/timeline.ts";
import { periodScenes } from "../scene/period-scenes.ts";
import type { Scene } from "../scene/scene.ts";
import type { Dataset } from "./dataset.ts";
import type { FilterOptions } from "../graph/filters.ts";
import type { SizeMetric } from "../scene/metric-info.ts";
import { datasetTimeline } from "./store/timeline-selectors.ts";
import { authorValue } from "../metrics/author-table.ts";

/** Panels of the explorer's small multiples. */
export const EXPLORER_PERIODS = 4;

/**
 * `count` equal periods of the dataset's dated years (within the year filter), one panel each in
 * the frame of `scene` (the map as shown) and the dataset's positions, under the view's
 * `filters` (see selectFilterOptions), sized by `metric`; null when no paper is dated.
 */
export function smallMultiplesExport(
  dataset: Dataset,
  scene: Scene,
  filters: FilterOptions,
  metric: SizeMetric,
  name: string,
  date: Date,
  count = EXPLORER_PERIODS,
): TextExport | null {
  const index = datasetTimeline(dataset);
  const range = intersectYearRanges(
    { from: index.years[0], to: index.years[index.years.length - 1] },
    { from: filters.yearFrom, to: filters.yearTo },
  );
  if (index.years.length === 0 || !range || range.from === undefined || range.to === undefined)
    return null;
  const years = index.years.filter((y) => y >= (range.from as number) && y <= (range.to as number));
  const periods = periodsFor({ count }, years);
  const panels = periodScenes(
    {
      graph: dataset.graph,
      metrics: dataset.metrics.authors,
      positions: dataset.positions,
      sizeMetric: metric,
      frame: { width: scene.width, height: scene.height, transform: scene.transform },
      filters,
      context: {
        paperYears: dataset.paperYears,
        authorPapers: dataset.papersByAuthor,
        score: (id) => authorValue(dataset.metrics.authors, id, metric) ?? 0,
      },
      index,
    },
    periods,
    { colors: dataset.colors, fontSize: scene.fontSize },
  );
  return {
    fileName: exportFileName(name, date, "svg", "periods"),
    type: EXPORT_MIME.svg,
    content: smallMultiplesSvg(panels, {
      title: `Coauthor map of ${name} by period`,
      caption: smallMultiplesCaption(name, periods, isoDate(date)),
    }),
  };
}
