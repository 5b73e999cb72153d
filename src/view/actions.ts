// What panels can ask the app to do; the app implements it and keeps the URL in step.
import type { ColorMode } from "../scene/color-by.ts";
import type { SizeMetric } from "../scene/metric-info.ts";
import type { UrlState } from "./url-state.ts";

export interface Actions {
  /** Selects one author (null clears the selection). */
  selectAuthor(id: string | null): void;
  /** Selects a pair: their shared papers, or the path between them. */
  selectPair(first: string, second: string): void;
  setMetric(metric: SizeMetric): void;
  /** What node colour means (community, year, citations, file). */
  setColor(color: ColorMode): void;
  /** Changes filters or the tab; other URL fields stay. */
  update(change: Partial<UrlState>): void;
  /** Highlights a community on the map (null clears it). */
  highlightCommunity(community: number | null): void;
  /** Pans the map to an author: always when `force`, else only when it is off screen. */
  reveal(id: string, force?: boolean): void;
  /** Zooms the map to the author and its shown coauthors (pans to it when it is not drawn). */
  zoomToNeighbourhood(id: string): void;
}
