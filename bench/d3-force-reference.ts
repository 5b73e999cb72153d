// The reference the layout kernel is measured and tested against: the same simulation written
// with d3-force (forceLink, forceManyBody, forceX, forceY), as src/layout/force-kernel.ts says.
import {
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from "d3";
import {
  DEFAULT_LAYOUT_OPTIONS,
  type LayoutInput,
  type LayoutOptions,
} from "../src/layout/index.ts";
import { mulberry32 } from "../src/metrics/mulberry32.ts";

export type ReferenceNode = SimulationNodeDatum & { index: number };

/** A stopped d3-force simulation of `input` with the kernel's forces and `options`. */
export function d3Simulation(
  input: LayoutInput,
  options: Partial<LayoutOptions>,
): { simulation: Simulation<ReferenceNode, undefined>; nodes: ReferenceNode[] } {
  const o = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  const nodes: ReferenceNode[] = input.ids.map((_, i) => {
    const node: ReferenceNode = { index: i };
    const x = o.initial?.[2 * i];
    const y = o.initial?.[2 * i + 1];
    if (Number.isFinite(x) && Number.isFinite(y)) {
      node.x = x;
      node.y = y;
    }
    return node;
  });
  const links: SimulationLinkDatum<ReferenceNode>[] = Array.from(input.sources, (s, e) => ({
    source: s,
    target: input.targets[e],
    index: e,
  }));
  const distance = (link: SimulationLinkDatum<ReferenceNode>) =>
    Math.max(
      o.linkDistance / 2,
      o.linkDistance / Math.sqrt(input.weights[link.index as number] || 1),
    );
  const simulation = forceSimulation(nodes)
    .stop()
    .randomSource(o.rng ?? mulberry32(o.seed))
    .alphaMin(o.alphaMin)
    .alphaDecay(1 - Math.pow(o.alphaMin, 1 / o.iterations))
    .force(
      "link",
      forceLink<ReferenceNode, SimulationLinkDatum<ReferenceNode>>(links).distance(distance),
    )
    .force("charge", forceManyBody<ReferenceNode>().strength(o.chargeStrength).theta(o.theta))
    .force("x", forceX<ReferenceNode>(0).strength(o.gravity))
    .force("y", forceY<ReferenceNode>(0).strength(o.gravity));
  return { simulation, nodes };
}
