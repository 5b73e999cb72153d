// The legend slot: the scene's legend with clickable communities, and the highlighted one's summary.
import type { Scene } from "../scene/scene.ts";
import type { Actions } from "./actions.ts";
import { communityFocus } from "./community-focus.ts";
import { replaceChildren } from "./dom.ts";
import { legendPanel } from "./legend-panel.ts";
import type { AppStore } from "./store/app-store.ts";
import { selectCommunitySummary } from "./store/selectors.ts";

/** Fills `slot` for `scene` (called whenever a scene is drawn). */
export function renderLegend(slot: HTMLElement, scene: Scene, store: AppStore, actions: Actions) {
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
}
