// The interactive map: canvas renderer plus zoom, pan, node drag, hover, click and keyboard.
import { drag, select, zoom, zoomIdentity, type D3DragEvent, type ZoomBehavior } from "d3";
import type { Scene, SceneTransform } from "../scene/scene.ts";
import { EDGE_DIMMED, sceneEdgeAt } from "../scene/scene-edges.ts";
import {
  createCanvasRenderer,
  type CanvasRenderer,
  type LayoutPositions,
  type RendererOptions,
} from "./canvas-renderer.ts";
import { h } from "./dom.ts";
import { fitCandidateIndices, fitCandidates, type FitArrays } from "./fit-candidates.ts";
import { fitTransform, type FitItem } from "../scene/fit-transform.ts";
import { runSteps } from "./sliced.ts";
import {
  createNodeHitIndex,
  hitEdge,
  hitNode,
  toWorld,
  type HitEdges,
  type NodeHitIndex,
} from "./hit-test.ts";
import { float64Of } from "../model/typed-of.ts";

export interface MapViewHandlers {
  /** Painted under the map (the density view), see RendererOptions.underlay. */
  underlay?: RendererOptions["underlay"];
  /** A click on an author; `additive` when Shift, Ctrl or Cmd was held. */
  onNodeClick(id: string, additive: boolean): void;
  onEdgeClick(source: string, target: string): void;
  onBackgroundClick(): void;
  /** The author under the pointer changed; the map already drew the hover overlay. */
  onHover(id: string | null): void;
  /** A node is dragged to world position (x, y). */
  onDrag(id: string, x: number, y: number, phase: "start" | "drag" | "end"): void;
  /** Text of the tooltip for a collaboration under the pointer. */
  describeEdge(source: string, target: string): string;
  /** A key on the map; true when it was handled (then it does not pan or zoom). */
  onKey?(event: KeyboardEvent): boolean;
}

export interface MapView {
  readonly element: HTMLElement;
  readonly renderer: CanvasRenderer;
  /** Shows a new scene (its transform is replaced by the map's own). */
  /** Shows `scene`, in steps for a caller that pauses between them (the scene shows in the last). */
  setSceneSteps(scene: Scene): Generator<void, void>;
  /**
   * Moves the drawn authors to new positions without a new scene (see the renderer's
   * `updatePositions`); false when nothing is drawn yet.
   */
  updatePositions(
    positions: Readonly<Record<string, { x: number; y: number }>>,
    layout?: LayoutPositions,
  ): boolean;
  /** Zooms to show every drawn author. */
  fit(animate?: boolean): void;
  /** Zooms to show the drawn authors of `ids` (as a fit does); false when none is drawn. */
  fitAuthors(ids: ReadonlySet<string>, animate?: boolean): boolean;
  zoomBy(factor: number): void;
  /** Centres world point (x, y): always when `force`, else only when it is near the edge. */
  reveal(x: number, y: number, force: boolean): void;
  transform(): SceneTransform;
  size(): { width: number; height: number };
  /** Whether the user zoomed or panned since the last fit. */
  interacted(): boolean;
  /** Hovers an author (the keyboard's focus), or none. */
  setHover(id: string | null): void;
}

const SCALE_EXTENT: [number, number] = [0.02, 40];
/** Oldest hit index (ms) the hover may use while positions change. */
const INDEX_MAX_AGE = 750;
/** Edges looked at between two yields while a scene is prepared. */
const EDGES_PER_STEP = 15_000;
/** A fit within this many ms of a position update is deferred to the next animation frame. */
const LAYOUT_QUIET = 300;

/** Builds the map inside a new element; run `setSceneSteps` to draw. */
export function createMapView(handlers: MapViewHandlers): MapView {
  const canvas = h("canvas", {
    class: "map-canvas",
    attrs: {
      tabindex: 0,
      role: "img",
      "aria-label":
        "Coauthor map. Drag to pan, scroll to zoom, click an author or a collaboration. Keys: arrows move between authors, Enter opens one, Shift and arrows pan, + and − zoom, F fits.",
    },
  });
  const tooltip = h("div", { class: "map-tooltip", attrs: { role: "tooltip", hidden: true } });
  const element = h("div", { class: "map-view" }, canvas, tooltip);
  const renderer = createCanvasRenderer(canvas, {
    underlay: handlers.underlay,
    beforeDraw() {
      if (!fitWanted) return;
      fitWanted = false;
      lastPositions = -Infinity;
      view.fit(false);
    },
  });

  let current: SceneTransform = { x: 0, y: 0, k: 1 };
  let width = 0;
  let height = 0;
  let scene: Scene | null = null;
  let nodeIndex: NodeHitIndex | null = null;
  let edgeGeometry: HitEdges | null = null;
  let pendingFit = true;
  let hovered: string | null = null;
  let userMoved = false;
  // Set while the view jumps to a transform (a fit without animation), not moved by the user.
  let jumping = false;
  // The hit index is built when a hit test needs it, not with every scene or layout step; hover
  // may use one up to INDEX_MAX_AGE ms old while the layout runs, a click never does. An index of
  // another scene is never used.
  let indexStale = false;
  let indexedAt = 0;
  let indexedScene: Scene | null = null;
  // Node indices of each edge's ends in the scene `ends.scene`, kept while only positions change.
  let ends: { scene: Scene; source: Int32Array; target: Int32Array } | null = null;
  // Fits asked for during a layout (one per step) are done once per animation frame, just before
  // the frame's draw, so a layout step is drawn once, already fitted.
  let lastPositions = -Infinity;
  let fitWanted = false;

  const selection = select(canvas);
  const behavior: ZoomBehavior<HTMLCanvasElement, unknown> = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent(SCALE_EXTENT)
    .on("zoom", (event) => {
      if (event.sourceEvent) userMoved = true;
      const t = event.transform;
      current = { x: t.x, y: t.y, k: t.k };
      renderer.setTransform(current, jumping);
      renderer.requestDraw();
    });

  /** Finds the ends of the edges of `next` (yielding every few thousand edges). */
  function* edgeEndsSteps(next: Scene): Generator<void, NonNullable<typeof ends>> {
    if (ends?.scene === next) return ends;
    const position = new Map<string, number>();
    next.nodes.forEach((node, i) => position.set(node.id, i));
    const m = next.edges.length;
    const source = new Int32Array(m);
    const target = new Int32Array(m);
    for (let e = 0; e < m; e++) {
      if (e > 0 && e % EDGES_PER_STEP === 0) yield;
      // -1 for an end that is not drawn (the renderer skips such an edge): its coordinates are
      // then NaN, which no hit test matches.
      source[e] = position.get(next.edges.source[e]) ?? -1;
      target[e] = position.get(next.edges.target[e]) ?? -1;
    }
    ends = { scene: next, source, target };
    return ends;
  }
  const edgeEnds = (current: Scene) => runSteps(edgeEndsSteps(current));

  // Radii per scene, and each author where the renderer draws it now (a running layout moves
  // the drawn positions, not the scene): fitting reads these arrays, with no object per author.
  let fitRadii: { scene: Scene; r: Float64Array } | null = null;
  const drawnArrays = (current: Scene) => {
    if (fitRadii?.scene !== current)
      fitRadii = { scene: current, r: float64Of(current.nodes, (n) => n.r) };
    const drawn = renderer.nodePositions();
    const r = fitRadii.r;
    if (drawn && drawn.x.length === r.length) return { x: drawn.x, y: drawn.y, r };
    const x = float64Of(current.nodes, (n) => n.x);
    return { x, y: float64Of(current.nodes, (n) => n.y), r };
  };
  const drawnItem = (a: FitArrays, i: number): FitItem => ({ x: a.x[i], y: a.y[i], r: a.r[i] });

  // Node geometry of the last hit index, per scene.
  let hitNodes: { scene: Scene; x: Float64Array; y: Float64Array; r: Float64Array } | null = null;
  // Stroke widths for edge hits, per scene (dimmed edges are not hit).
  let edgeWidths: { scene: Scene; width: Float64Array } | null = null;
  const index = () => {
    indexStale = false;
    indexedAt = performance.now();
    indexedScene = scene;
    if (!scene) return;
    const n = scene.nodes.length;
    // Where the renderer draws the nodes now (layout steps move them there, not in the scene),
    // copied into the arrays of the scene's last index (a layout step makes no garbage).
    const drawn = renderer.nodePositions();
    if (hitNodes?.scene !== scene)
      hitNodes = {
        scene,
        x: new Float64Array(n),
        y: new Float64Array(n),
        r: float64Of(scene.nodes, (node) => node.r),
      };
    const { x, y, r } = hitNodes;
    const nodes = scene.nodes;
    for (let i = 0; i < n; i++) {
      x[i] = drawn?.x[i] ?? nodes[i].x;
      y[i] = drawn?.y[i] ?? nodes[i].y;
    }
    nodeIndex = createNodeHitIndex({ x, y, r });
    const { source, target } = edgeEnds(scene);
    if (edgeWidths?.scene !== scene) {
      const { width, flags } = scene.edges;
      // Filled by index: TypedArray.from with a mapping function is several times slower in V8.
      const hit = new Float64Array(width.length);
      for (let j = 0; j < hit.length; j++) hit[j] = flags[j] & EDGE_DIMMED ? 0 : width[j];
      edgeWidths = { scene, width: hit };
    }
    edgeGeometry = { x, y, source, target, width: edgeWidths.width };
  };

  const refreshIndex = (fresh: boolean) => {
    if (indexedScene !== scene) index();
    else if (indexStale && (fresh || performance.now() - indexedAt > INDEX_MAX_AGE)) index();
  };
  const nodeAt = (sx: number, sy: number, fresh = true): string | null => {
    refreshIndex(fresh);
    if (!scene || !nodeIndex) return null;
    const i = hitNode(nodeIndex, sx, sy, current);
    return i >= 0 ? scene.nodes[i].id : null;
  };
  const edgeAt = (sx: number, sy: number, fresh = true) => {
    refreshIndex(fresh);
    if (!scene || !edgeGeometry) return null;
    const e = hitEdge(edgeGeometry, sx, sy, current);
    return e >= 0 ? sceneEdgeAt(scene.edges, e) : null;
  };
  const local = (event: MouseEvent) => {
    const rect = canvas.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };

  selection.call(
    drag<HTMLCanvasElement, unknown, { id: string; x: number; y: number }>()
      .container(canvas)
      .subject((event: D3DragEvent<HTMLCanvasElement, unknown, unknown>) => {
        const id = nodeAt(event.x, event.y);
        // d3-drag starts no gesture for a null subject, so the zoom behaviour pans instead.
        return (id === null ? null : { id, x: event.x, y: event.y }) as {
          id: string;
          x: number;
          y: number;
        };
      })
      .on("start", (event) => {
        const p = toWorld(event.x, event.y, current);
        handlers.onDrag(event.subject.id, p.x, p.y, "start");
      })
      .on("drag", (event) => {
        const p = toWorld(event.x, event.y, current);
        handlers.onDrag(event.subject.id, p.x, p.y, "drag");
      })
      .on("end", (event) => {
        const p = toWorld(event.x, event.y, current);
        handlers.onDrag(event.subject.id, p.x, p.y, "end");
      }) as never,
  );
  selection.call(behavior);

  canvas.addEventListener("click", (event) => {
    const p = local(event);
    const id = nodeAt(p.x, p.y);
    if (id !== null)
      return handlers.onNodeClick(id, event.shiftKey || event.ctrlKey || event.metaKey);
    const edge = edgeAt(p.x, p.y);
    if (edge) return handlers.onEdgeClick(edge.source, edge.target);
    handlers.onBackgroundClick();
  });

  let moveFrame = 0;
  let lastMove: MouseEvent | null = null;
  canvas.addEventListener("pointermove", (event) => {
    lastMove = event;
    if (moveFrame) return;
    moveFrame = requestAnimationFrame(() => {
      moveFrame = 0;
      if (!lastMove) return;
      const p = local(lastMove);
      const id = nodeAt(p.x, p.y, false);
      const edge = id === null ? edgeAt(p.x, p.y, false) : null;
      canvas.style.cursor = id !== null || edge ? "pointer" : "grab";
      if (edge) {
        tooltip.textContent = handlers.describeEdge(edge.source, edge.target);
        tooltip.hidden = false;
        // Above the pointer: labels sit right of their discs, and a tooltip below-right of the
        // pointer covered the label of the author at the line's end.
        const above = p.y - 12 - tooltip.offsetHeight;
        const y = above >= 0 ? above : p.y + 14;
        tooltip.style.transform = `translate(${Math.round(p.x + 12)}px, ${Math.round(y)}px)`;
      } else tooltip.hidden = true;
      if (id !== hovered) {
        hovered = id;
        renderer.setHover(id);
        handlers.onHover(id);
      }
    });
  });
  canvas.addEventListener("pointerleave", () => {
    tooltip.hidden = true;
    lastMove = null;
    if (hovered !== null) {
      hovered = null;
      renderer.setHover(null);
      handlers.onHover(null);
    }
  });

  const apply = (t: SceneTransform, animate: boolean) => {
    const target = zoomIdentity.translate(t.x, t.y).scale(t.k);
    if (animate) selection.transition().duration(450).call(behavior.transform, target);
    else {
      jumping = true;
      try {
        selection.call(behavior.transform, target);
      } finally {
        jumping = false;
      }
    }
  };

  canvas.addEventListener("keydown", (event) => {
    if (handlers.onKey?.(event)) {
      event.preventDefault();
      return;
    }
    const step = 60;
    const keys: Record<string, () => void> = {
      "+": () => selection.call(behavior.scaleBy, 1.4),
      "=": () => selection.call(behavior.scaleBy, 1.4),
      "-": () => selection.call(behavior.scaleBy, 1 / 1.4),
      ArrowLeft: () => selection.call(behavior.translateBy, step / current.k, 0),
      ArrowRight: () => selection.call(behavior.translateBy, -step / current.k, 0),
      ArrowUp: () => selection.call(behavior.translateBy, 0, step / current.k),
      ArrowDown: () => selection.call(behavior.translateBy, 0, -step / current.k),
      f: () => view.fit(true),
      F: () => view.fit(true),
      "0": () => view.fit(true),
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  });

  const resize = () => {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return;
    width = rect.width;
    height = rect.height;
    renderer.resize(width, height, window.devicePixelRatio || 1);
    if (pendingFit && scene) view.fit(false);
    renderer.draw();
  };
  new ResizeObserver(resize).observe(element);

  const view: MapView = {
    element,
    renderer,
    *setSceneSteps(built) {
      // A fit due is worked out first, so labels are placed once, for the fitted view.
      const next: Scene = {
        ...built,
        transform:
          pendingFit && width > 0
            ? fitTransform(fitCandidates(built.nodes), width, height)
            : { ...current },
      };
      yield;
      // Hit tests need the edges' ends: found now, while the old scene still shows.
      yield* edgeEndsSteps(next);
      yield* renderer.setSceneSteps(next);
      scene = next;
      indexStale = true;
      const t = next.transform;
      // The same transform, unless the map was resized meanwhile.
      if (pendingFit && width > 0) view.fit(false);
      // The view may have moved while the scene was prepared.
      else if (t.x !== current.x || t.y !== current.y || t.k !== current.k)
        renderer.setTransform(current, true);
      renderer.requestDraw();
    },
    updatePositions(positions, layout) {
      if (!scene || !renderer.updatePositions(positions, layout)) return false;
      indexStale = true;
      lastPositions = performance.now();
      renderer.requestDraw();
      return true;
    },
    fit(animate = true) {
      if (!animate && performance.now() - lastPositions < LAYOUT_QUIET) {
        fitWanted = true;
        renderer.requestDraw();
        return;
      }
      if (!scene || width === 0) {
        pendingFit = true;
        return;
      }
      pendingFit = false;
      userMoved = false;
      const drawn = drawnArrays(scene);
      const items = Array.from(fitCandidateIndices(drawn), (i) => drawnItem(drawn, i));
      const t = fitTransform(items, width, height);
      apply(t, animate);
    },
    fitAuthors(ids, animate = true) {
      if (!scene || width === 0) return false;
      const drawn = drawnArrays(scene);
      const items: FitItem[] = [];
      scene.nodes.forEach((node, i) => {
        if (ids.has(node.id)) items.push(drawnItem(drawn, i));
      });
      if (items.length === 0) return false;
      userMoved = true;
      apply(fitTransform(items, width, height), animate);
      return true;
    },
    zoomBy(factor) {
      selection.transition().duration(200).call(behavior.scaleBy, factor);
    },
    reveal(x, y, force) {
      const sx = x * current.k + current.x;
      const sy = y * current.k + current.y;
      const margin = 60;
      const inside = sx > margin && sy > margin && sx < width - margin && sy < height - margin;
      if (width === 0 || (inside && !force)) return;
      apply({ x: width / 2 - x * current.k, y: height / 2 - y * current.k, k: current.k }, true);
    },
    transform: () => ({ ...current }),
    size: () => ({ width, height }),
    interacted: () => userMoved,
    setHover(id) {
      if (id === hovered) return;
      hovered = id;
      renderer.setHover(id);
    },
  };
  return view;
}
