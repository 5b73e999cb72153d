// Bench page: draws one graph with one renderer and counts frames while panning and zooming.
import { select, type Selection } from "d3";
import ForceGraph from "force-graph";
import Graph from "graphology";
import type { CoauthorGraphology } from "../../src/graph/coauthor-graph.ts";
import type { AuthorMetrics } from "../../src/metrics/compute-metrics.ts";
import { buildScene, type SceneInput } from "../../src/scene/build-scene.ts";
import type { Scene, SceneTransform } from "../../src/scene/scene.ts";
import { NO_SCENE_EDGES, sceneEdgeList } from "../../src/scene/scene-edges.ts";
import { createCanvasRenderer } from "../../src/view/canvas-renderer.ts";
import { fitTransform } from "../../src/scene/fit-transform.ts";
import type { BenchGraph } from "./bench-graph.ts";
import { authorTableFromRecord } from "../../src/metrics/author-table.ts";

export type RendererName = "coauthor-atlas" | "coauthor-atlas-full" | "force-graph" | "d3-svg";

export interface BenchResult {
  renderer: RendererName;
  frames: number;
  seconds: number;
  fps: number;
  /** 95th percentile frame interval in ms. */
  p95: number;
}

const query = new URLSearchParams(location.search);
const WIDTH = Number(query.get("w")) || 1280;
const HEIGHT = Number(query.get("h")) || 800;
const stageElement = document.getElementById("stage") as HTMLElement;
stageElement.style.width = `${WIDTH}px`;
stageElement.style.height = `${HEIGHT}px`;

/** The pan/zoom path every renderer follows: zoom between 1× and 3× the fit, circling the centre. */
function pathAt(
  t: number,
  fit: SceneTransform,
  span: number,
): { cx: number; cy: number; k: number } {
  const phase = (2 * Math.PI * t) / 4;
  const k = fit.k * Math.pow(3, 0.5 - 0.5 * Math.cos(phase));
  const c0x = (WIDTH / 2 - fit.x) / fit.k;
  const c0y = (HEIGHT / 2 - fit.y) / fit.k;
  return {
    cx: c0x + 0.2 * span * Math.cos(phase / 2),
    cy: c0y + 0.2 * span * Math.sin(phase / 2),
    k,
  };
}

function sceneOf(data: BenchGraph, hover?: string): Scene {
  return buildScene(inputOf(data, hover));
}

function inputOf(data: BenchGraph, hover?: string): SceneInput {
  const graph: CoauthorGraphology = new Graph({ type: "undirected" });
  const metrics: Record<string, AuthorMetrics> = {};
  const positions: Record<string, { x: number; y: number }> = {};
  for (const n of data.nodes) {
    graph.addNode(n.id, { name: n.name, papers: n.papers, owner: n.owner });
    positions[n.id] = { x: n.x, y: n.y };
    metrics[n.id] = {
      papers: n.papers,
      coauthors: 0,
      strength: 0,
      betweenness: 0,
      closeness: 0,
      eigenvector: 0,
      pagerank: n.pagerank,
      community: n.community,
      component: 0,
    };
  }
  for (const [s, t, w] of data.edges)
    graph.addEdge(data.nodes[s].id, data.nodes[t].id, { weight: w, papers: [] });
  return {
    graph,
    metrics: authorTableFromRecord(metrics),
    positions,
    sizeMetric: "pagerank",
    selection: hover === undefined ? {} : { hover },
    transform: { x: 0, y: 0, k: 1 },
    width: WIDTH,
    height: HEIGHT,
  };
}

async function measure(
  seconds: number,
  warmup: number,
  frame: (t: number) => void,
  countFrame: () => number,
): Promise<{ frames: number; seconds: number; p95: number }> {
  return new Promise((resolve) => {
    const start = performance.now();
    let measuring = false;
    let base = 0;
    let measureStart = 0;
    const intervals: number[] = [];
    let last = 0;
    const tick = (now: number) => {
      const t = (now - start) / 1000;
      if (!measuring && t >= warmup) {
        measuring = true;
        base = countFrame();
        measureStart = now;
        last = now;
      } else if (measuring) {
        intervals.push(now - last);
        last = now;
      }
      if (measuring && t >= warmup + seconds) {
        const elapsed = (now - measureStart) / 1000;
        intervals.sort((a, b) => a - b);
        resolve({
          frames: countFrame() - base,
          seconds: elapsed,
          p95: intervals[Math.floor(intervals.length * 0.95)] ?? 0,
        });
        return;
      }
      frame(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function run(
  renderer: RendererName,
  url: string,
  seconds = 5,
  warmup = 1,
): Promise<BenchResult> {
  const data = (await (await fetch(url)).json()) as BenchGraph;
  const scene = sceneOf(data);
  const r = new Map(scene.nodes.map((n) => [n.id, n]));
  const stage = document.getElementById("stage") as HTMLElement;
  stage.replaceChildren();
  const fit = fitTransform(
    data.nodes.map((n) => ({ x: n.x, y: n.y, r: 0 })),
    WIDTH,
    HEIGHT,
    { labelRoom: 0, padding: 10 },
  );
  let x0 = Infinity;
  let x1 = -Infinity;
  for (const n of data.nodes) {
    x0 = Math.min(x0, n.x);
    x1 = Math.max(x1, n.x);
  }
  const span = x1 - x0;
  let frames = 0;
  let result: { frames: number; seconds: number; p95: number };

  if (renderer === "coauthor-atlas" || renderer === "coauthor-atlas-full") {
    const canvas = document.createElement("canvas");
    canvas.style.width = `${WIDTH}px`;
    canvas.style.height = `${HEIGHT}px`;
    stage.append(canvas);
    // "-full" redraws everything every frame; the default moves a cached bitmap while in motion.
    const view = createCanvasRenderer(canvas, {
      motionCache: renderer === "coauthor-atlas-full" ? "off" : "auto",
    });
    view.resize(WIDTH, HEIGHT, window.devicePixelRatio || 1);
    view.setScene(scene);
    result = await measure(
      seconds,
      warmup,
      (t) => {
        const p = pathAt(t, fit, span);
        view.setTransform({ x: WIDTH / 2 - p.cx * p.k, y: HEIGHT / 2 - p.cy * p.k, k: p.k });
        view.draw();
        frames++;
      },
      () => frames,
    );
  } else if (renderer === "force-graph") {
    const div = document.createElement("div");
    stage.append(div);
    const nodes = data.nodes.map((n) => ({ id: n.id, x: n.x, y: n.y, fx: n.x, fy: n.y }));
    const links = data.edges.map(([s, t, w]) => ({
      source: data.nodes[s].id,
      target: data.nodes[t].id,
      w,
    }));
    const graph = new ForceGraph(div)
      .width(WIDTH)
      .height(HEIGHT)
      .backgroundColor("#ffffff")
      .autoPauseRedraw(false)
      .enableNodeDrag(false)
      .enablePointerInteraction(false)
      .warmupTicks(0)
      .cooldownTicks(0)
      .nodeRelSize(1)
      // Radius in world units = the scene's pixel radius at the fit zoom, so both look alike there.
      .nodeVal((n) => Math.pow((r.get(String(n.id))?.r ?? 2) / fit.k, 2))
      .nodeColor((n) => r.get(String(n.id))?.fill ?? "#94a3b8")
      .linkColor(() => "rgba(100, 116, 139, 0.38)")
      .linkWidth((l) => (l as { width: number }).width)
      .onRenderFramePost(() => frames++)
      .graphData({ nodes, links });
    graph.zoom(fit.k, 0);
    result = await measure(
      seconds,
      warmup,
      (t) => {
        const p = pathAt(t, fit, span);
        graph.zoom(p.k, 0);
        graph.centerAt(p.cx, p.cy, 0);
      },
      () => frames,
    );
    graph._destructor();
  } else {
    const root = select(stage)
      .append("svg")
      .attr("width", WIDTH)
      .attr("height", HEIGHT)
      .style("background", "#fff");
    const g: Selection<SVGGElement, unknown, null, undefined> = select(
      root.node() as SVGSVGElement,
    ).append("g");
    const index = new Map(scene.nodes.map((n, i) => [n.id, i]));
    g.append("g")
      .selectAll("line")
      .data(sceneEdgeList(scene.edges))
      .join("line")
      .attr("x1", (e) => scene.nodes[index.get(e.source) as number].x)
      .attr("y1", (e) => scene.nodes[index.get(e.source) as number].y)
      .attr("x2", (e) => scene.nodes[index.get(e.target) as number].x)
      .attr("y2", (e) => scene.nodes[index.get(e.target) as number].y)
      .attr("stroke", (e) => e.color)
      .attr("stroke-width", (e) => e.width)
      .attr("vector-effect", "non-scaling-stroke");
    g.append("g")
      .selectAll("circle")
      .data(scene.nodes)
      .join("circle")
      .attr("cx", (n) => n.x)
      .attr("cy", (n) => n.y)
      .attr("r", (n) => n.r / fit.k)
      .attr("fill", (n) => n.fill)
      .attr("stroke", "#fff")
      .attr("stroke-width", 1)
      .attr("vector-effect", "non-scaling-stroke");
    result = await measure(
      seconds,
      warmup,
      (t) => {
        const p = pathAt(t, fit, span);
        g.attr(
          "transform",
          `translate(${WIDTH / 2 - p.cx * p.k},${HEIGHT / 2 - p.cy * p.k}) scale(${p.k})`,
        );
        frames++;
      },
      () => frames,
    );
  }
  return { renderer, ...result, fps: result.frames / result.seconds };
}

/** Milliseconds per frame of the canvas renderer, rasterization included (a 1-pixel readback forces it). */
async function profile(url: string, frames = 10): Promise<Record<string, number>> {
  const data = (await (await fetch(url)).json()) as BenchGraph;
  const scene = sceneOf(data);
  const canvas = document.createElement("canvas");
  const stage = document.getElementById("stage") as HTMLElement;
  stage.replaceChildren(canvas);
  const view = createCanvasRenderer(canvas);
  view.resize(WIDTH, HEIGHT, 1);
  view.setScene(scene);
  const fit = fitTransform(
    data.nodes.map((n) => ({ x: n.x, y: n.y, r: 0 })),
    WIDTH,
    HEIGHT,
    { labelRoom: 0, padding: 10 },
  );
  const context = canvas.getContext("2d") as CanvasRenderingContext2D;
  const out: Record<string, number> = {};
  const variants: Record<string, Scene> = {
    all: scene,
    "edges only": {
      ...scene,
      nodes: scene.nodes.map((n) => ({ ...n, r: 0, label: "", owner: false })),
    },
    "nodes only": { ...scene, edges: NO_SCENE_EDGES },
  };
  for (const [name, variant] of Object.entries(variants)) {
    view.setScene(variant);
    for (const zoom of [1, 2]) {
      const t = {
        x: WIDTH / 2 - (WIDTH / 2 - fit.x) * zoom,
        y: HEIGHT / 2 - (HEIGHT / 2 - fit.y) * zoom,
        k: fit.k * zoom,
      };
      let start = performance.now();
      // Labels are placed when next needed: scene() asks for them (a draw would too).
      for (let i = 0; i < frames; i++) {
        view.setTransform({ ...t, x: t.x + i });
        view.scene();
      }
      out[`${name}: labels ×${zoom}`] = (performance.now() - start) / frames;
      start = performance.now();
      for (let i = 0; i < frames; i++) {
        view.draw();
        context.getImageData(0, 0, 1, 1);
      }
      out[`${name}: draw ×${zoom}`] = (performance.now() - start) / frames;
    }
  }
  return out;
}

/**
 * Milliseconds per hover change at rest, rasterization included: "rebuild" is what the explorer
 * did before (buildScene with `selection.hover`, setScene, draw), "overlay" the renderer's
 * setHover (labels placed again, resting bitmap plus overlay).
 */
async function hover(url: string, changes = 12): Promise<{ rebuild: number; overlay: number }> {
  const data = (await (await fetch(url)).json()) as BenchGraph;
  const input = inputOf(data);
  const canvas = document.createElement("canvas");
  const stage = document.getElementById("stage") as HTMLElement;
  stage.replaceChildren(canvas);
  const view = createCanvasRenderer(canvas);
  view.resize(WIDTH, HEIGHT, window.devicePixelRatio || 1);
  const fit = fitTransform(
    data.nodes.map((n) => ({ x: n.x, y: n.y, r: 0 })),
    WIDTH,
    HEIGHT,
    { labelRoom: 0, padding: 10 },
  );
  input.transform = fit;
  const context = canvas.getContext("2d") as CanvasRenderingContext2D;
  const ids = Array.from(
    { length: changes },
    (_x, i) => data.nodes[Math.floor(((i + 0.5) * data.nodes.length) / changes)].id,
  );
  const first = buildScene(input, { measureText: view.measureText });
  view.setScene(first);
  view.setTransform(fit);
  await new Promise((resolve) => setTimeout(resolve, 300));
  view.draw();
  let start = performance.now();
  for (const id of ids) {
    view.setScene(
      buildScene({ ...input, selection: { hover: id } }, { measureText: view.measureText }),
    );
    view.draw();
    context.getImageData(0, 0, 1, 1);
  }
  const rebuild = (performance.now() - start) / changes;
  view.setScene(first);
  view.draw();
  // At rest: the sharp frame, painted in slices between tasks, is complete before the pointer moves.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  start = performance.now();
  for (const id of ids) {
    view.setHover(id);
    view.draw();
    context.getImageData(0, 0, 1, 1);
  }
  const overlay = (performance.now() - start) / changes;
  return { rebuild, overlay };
}

(
  window as unknown as { bench: { run: typeof run; profile: typeof profile; hover: typeof hover } }
).bench = {
  run,
  profile,
  hover,
};
document.body.dataset.ready = "1";
