// Public API of the layout layer (headless; no DOM, no Worker).
export * from "./layout-input.ts";
export * from "./force-kernel.ts";
export * from "./run-layout.ts";
export * from "./layout-quality.ts";
