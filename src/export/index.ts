// Public API of the export layer (browser-safe; the Node PNG renderer is imported from png-resvg.ts).
export * from "./author-fields.ts";
export * from "./caption.ts";
export * from "./chunk-sink.ts";
export * from "./csv.ts";
export * from "./csv-tables.ts";
export * from "./download.ts";
export * from "./export-actions.ts";
export * from "./file-name.ts";
export * from "./gexf.ts";
export * from "./graphml.ts";
export * from "./headless-scene.ts";
export * from "./json-report.ts";
export * from "./json-stream.ts";
export * from "./node-visuals.ts";
export * from "./png-canvas.ts";
export * from "./svg.ts";
export * from "./xml-escape.ts";
