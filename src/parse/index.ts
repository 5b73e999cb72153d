// Re-exports the parse layer: text → ParseResult → Corpus.
export * from "./latex.ts";
export * from "./names.ts";
export * from "./format-parser.ts";
export * from "./profile.ts";
export * from "./corpus.ts";
export * from "./detect.ts";
export * from "./stream-parser.ts";
