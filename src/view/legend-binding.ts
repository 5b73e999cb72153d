// The legend slot: the scene's legend with clickable communities, and the highlighted one's summary.
import type { Scene } from "../scene/scene.ts";
import type { Actions } from "./actions.ts";
import { communityFocus } from "./community-focus.ts";
import { replaceChildren } from "./dom.ts";
import { legendPanel } from "./legend-panel.ts";
import type { AppStore } from "./store/app-store.ts";
import { selectCommunitySummary } from "./store/selectors.ts";

/** A selector for the focused control of the slot, to focus its successor after a redraw. */
function focusKey(slot: HTMLElement): string | null {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !slot.contains(active)) return null;
  const community = active.getAttribute("data-community");
  if (active.matches("button.legend-community") && community !== null)
    return `button.legend-community[data-community="${Number(community)}"]`;
  const key = active.getAttribute("data-focus-key");
  return key === null ? null : `[data-focus-key="${key}"]`;
}

/**
 * Fills `slot` for `scene` (called whenever a scene is drawn). A control that had the focus
 * keeps it in the new legend (else the legend entry of the community pressed last).
 */
export function renderLegend(slot: HTMLElement, scene: Scene, store: AppStore, actions: Actions) {
  const key = focusKey(slot);
  const state = store.get();
  const summary = selectCommunitySummary(state);
  replaceChildren(
    slot,
    legendPanel(scene, {
      active: state.view.community,
      onCommunity: (community) => store.dispatch({ type: "communityHighlighted", community }),
    }),
    summary && state.dataset
      ? communityFocus({
          dataset: state.dataset,
          summary,
          only: state.view.communityOnly,
          onFilter: (only) => store.dispatch({ type: "communityFiltered", only }),
          onClear: () => store.dispatch({ type: "communityHighlighted", community: null }),
          onAuthor: (id) => actions.selectAuthor(id),
        })
      : null,
  );
  if (key !== null)
    (
      slot.querySelector<HTMLElement>(key) ??
      slot.querySelector<HTMLElement>("button.legend-community")
    )?.focus();
}
