// The graph a frame-rate run draws: authors with positions and scene styling, indexed edges.

/** Plain JSON written by prepare.ts and read by the bench page. */
export interface BenchGraph {
  label: string;
  nodes: {
    id: string;
    name: string;
    x: number;
    y: number;
    papers: number;
    pagerank: number;
    community: number;
    owner: boolean;
  }[];
  /** [source index, target index, shared papers]. */
  edges: [number, number, number][];
}
