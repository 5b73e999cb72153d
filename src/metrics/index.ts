// Public API of the metrics layer (browser-safe; the Node runner is imported from node-brandes-runner.ts).
export * from "./author-table.ts";
export * from "./betweenness.ts";
export * from "./brandes.ts";
export * from "./communities.ts";
export * from "./components.ts";
export * from "./compute-metrics.ts";
export * from "./csr.ts";
export * from "./eigenvector.ts";
export * from "./mulberry32.ts";
export * from "./pagerank.ts";
export * from "./twins.ts";
export * from "./sampling.ts";
export * from "./locality.ts";
