// Public API of the scene layer: what the map draws, shared by the view, the CLI and export.
export type * from "./scene.ts";
export * from "./build-scene.ts";
export * from "./fit-transform.ts";
export * from "./label-placement.ts";
export * from "./metric-info.ts";
export * from "./palette.ts";
export * from "./place-labels.ts";
export * from "./scales.ts";
export * from "./style.ts";
export * from "./scene-edges.ts";
