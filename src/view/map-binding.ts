// Keeps the map's scene in step with the store: rebuilt when its inputs change, in slices for a new dataset.
import { buildSceneSteps } from "../scene/build-scene.ts";
import type { Scene } from "../scene/scene.ts";
import { markNewInFrame } from "../scene/timeline-marks.ts";
import type { MapView } from "./map-view.ts";
import { runSteps, runStepsSliced } from "./sliced.ts";
import { selectSceneInputs, type SceneInputs } from "./store/selectors.ts";
import type { AppState } from "./store/state.ts";

export interface MapBinding {
  /** Brings the scene up to date with `state` (a new dataset's first scene is built in slices). */
  update(state: AppState): void;
  /** Rebuilds the scene now from the last inputs (e.g. positions changed while none is drawn). */
  redraw(): Scene | null;
  /** Settles when no scene is being built in slices; true when the last one finished. */
  settled(): Promise<boolean>;
  /** Whether a scene is being built in slices right now. */
  building(): boolean;
}

/**
 * Binds `map` to the store's scene inputs; `onScene` hears every scene drawn. A change of filters
 * (same dataset) fits the map to what is shown, animated.
 */
export function createMapBinding(map: MapView, onScene: (scene: Scene) => void): MapBinding {
  let inputs: SceneInputs | null = null;
  let runs = 0;
  let slicing: Promise<boolean> | null = null;

  function* sceneSteps(i: SceneInputs): Generator<void, Scene> {
    const { width, height } = map.size();
    const built = yield* buildSceneSteps(
      {
        graph: i.dataset.graph,
        metrics: i.dataset.metrics.authors,
        positions: i.dataset.positions,
        visible: i.visible,
        sizeMetric: i.metric,
        selection: { author: i.author, with: i.with, path: i.path, community: i.community },
        transform: map.transform(),
        width: width || 800,
        height: height || 600,
      },
      {
        colors: i.dataset.colors,
        measureText: map.renderer.measureText,
        maxLabels: i.maxLabels,
        coloring: i.coloring,
      },
    );
    const scene = i.fresh ? markNewInFrame(built, i.fresh) : built;
    yield;
    yield* map.setSceneSteps(scene);
    onScene(scene);
    return scene;
  }

  return {
    update(state) {
      const next = selectSceneInputs(state);
      if (next === inputs || next === null) return;
      const previous = inputs;
      inputs = next;
      const run = ++runs;
      if (previous === null || previous.dataset !== next.dataset) {
        // The first scene of a big network takes a while: built in slices, input let through.
        slicing = runStepsSliced(sceneSteps(next), { cancelled: () => run !== runs }).then(
          (r) => r.done,
        );
        const mine = slicing;
        void mine.finally(() => {
          if (slicing === mine) slicing = null;
        });
        return;
      }
      slicing = null;
      runSteps(sceneSteps(next));
      // A timeline frame changes what is shown, never where: the view stays put.
      if (previous.visible !== next.visible && previous.timeline === next.timeline) map.fit(true);
    },
    redraw: () => (inputs ? runSteps(sceneSteps(inputs)) : null),
    settled: () => slicing ?? Promise.resolve(true),
    building: () => slicing !== null,
  };
}
