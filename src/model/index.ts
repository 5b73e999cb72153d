// Re-exports the plain model types.
export type * from "./types.ts";
