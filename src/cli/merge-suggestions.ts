// Plain-text listing of merge suggestions for `coauthor-atlas analyze --merge-suggestions`.
import { evidenceLine } from "../parse/merge-evidence-line.ts";
import type { MergeSuggestion } from "../parse/merge-suggestions.ts";

export interface FormatMergeSuggestionsOptions {
  /** Suggestions listed at most (the rest are counted). */
  limit: number;
}

export const DEFAULT_FORMAT_MERGE_SUGGESTIONS_OPTIONS: FormatMergeSuggestionsOptions = {
  limit: Infinity,
};

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * Renders merge suggestions as an aligned text table (score, name kept, name merged, papers of
 * each, the evidence in one line: {@link evidenceLine}), best first, under a line saying how many there are and that nothing was merged.
 */
export function formatMergeSuggestions(
  suggestions: readonly MergeSuggestion[],
  options: Partial<FormatMergeSuggestionsOptions> = {},
): string {
  const { limit } = { ...DEFAULT_FORMAT_MERGE_SUGGESTIONS_OPTIONS, ...options };
  if (suggestions.length === 0)
    return "No merge suggestions: no two authors look like one person.\n";
  const shown = suggestions.slice(0, limit);
  const header = ["score", "keep", "merge", "papers", "evidence"];
  const rows = shown.map((s) => [
    s.score.toFixed(3),
    s.keepName,
    s.mergeName,
    `${s.evidence.papers[0].length}/${s.evidence.papers[1].length}`,
    evidenceLine(s),
  ]);
  const widths = header.map((h, col) => Math.max(h.length, ...rows.map((r) => r[col].length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, col) => cell.padEnd(widths[col]))
      .join("  ")
      .trimEnd();
  const title = `${plural(suggestions.length, "merge suggestion")} (authors that may be one person; nothing was merged):`;
  const more =
    suggestions.length > shown.length ? [`… and ${suggestions.length - shown.length} more`] : [];
  return (
    [title, line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line), ...more].join(
      "\n",
    ) + "\n"
  );
}
