// The options every parser accepts (its own module, so parsers and stream parsers share it without a cycle).

/** Options every parser accepts. */
export interface ParseOptions {
  /** File name used in warnings and in the result. */
  file: string;
}
