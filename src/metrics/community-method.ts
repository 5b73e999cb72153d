// Which community detection colours the map: Louvain, Leiden, or the clusters a network file gives.
import type Graph from "graphology";
import {
  louvainCommunities,
  modularity,
  rankBySize,
  type CommunitiesResult,
} from "./communities.ts";
import type { Csr } from "./csr.ts";
import { leidenCommunities } from "./leiden.ts";

/**
 * `louvain` and `leiden` detect communities; `file` takes the `cluster` node attribute a network
 * file (VOSviewer) gave every author; `auto` is `file` when every node has a cluster, else Louvain.
 */
export const COMMUNITY_METHODS = ["auto", "louvain", "leiden", "file"] as const;

export type CommunityMethod = (typeof COMMUNITY_METHODS)[number];

export interface CommunityMethodOptions {
  method: CommunityMethod;
  seed: number;
  /** Modularity resolution γ (Louvain and Leiden; the file's clusters are taken as they are). */
  resolution: number;
}

export const DEFAULT_COMMUNITY_METHOD_OPTIONS: CommunityMethodOptions = {
  method: "auto",
  seed: 1,
  resolution: 1,
};

/** A partition and the method that made it. */
export interface DetectedCommunities extends CommunitiesResult {
  method: Exclude<CommunityMethod, "auto">;
}

/** True when `name` is one of {@link COMMUNITY_METHODS}. */
export function isCommunityMethod(name: string): name is CommunityMethod {
  return (COMMUNITY_METHODS as readonly string[]).includes(name);
}

/** The `cluster` attribute of every node in CSR order, or null when a node has none. */
function fileClusters(graph: Graph, csr: Csr): Int32Array | null {
  const n = csr.ids.length;
  if (n === 0) return null;
  const out = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const c: unknown = graph.getNodeAttribute(csr.ids[v], "cluster");
    if (typeof c !== "number" || !Number.isInteger(c)) return null;
    out[v] = c;
  }
  return out;
}

/**
 * Communities of the graph by the chosen method, renumbered largest first (ties: the community
 * of the earliest node), with their modularity at the resolution. `file` without clusters on
 * every node throws; `auto` then falls back to Louvain.
 */
export function detectCommunities(
  graph: Graph,
  csr: Csr,
  options: Partial<CommunityMethodOptions> = {},
): DetectedCommunities {
  const { method, seed, resolution } = { ...DEFAULT_COMMUNITY_METHOD_OPTIONS, ...options };
  if (!isCommunityMethod(method))
    throw new Error(
      `coauthor-atlas/metrics: communities must be ${COMMUNITY_METHODS.join(", ")}; got ${JSON.stringify(method)}`,
    );
  if (method === "file" || method === "auto") {
    const clusters = fileClusters(graph, csr);
    if (clusters !== null) {
      const { community, sizes } = rankBySize(clusters);
      return {
        method: "file",
        community,
        sizes,
        modularity: modularity(csr, community, resolution),
      };
    }
    if (method === "file")
      throw new Error(
        "coauthor-atlas/metrics: communities from the file need a cluster on every author (VOSviewer `cluster`)",
      );
  }
  if (method === "leiden") {
    const { community, sizes } = rankBySize(leidenCommunities(csr, { seed, resolution }));
    return { method, community, sizes, modularity: modularity(csr, community, resolution) };
  }
  return { method: "louvain", ...louvainCommunities(graph, csr, { seed, resolution }) };
}
