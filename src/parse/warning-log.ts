// Collects a parser's warnings: repeats of one kind capped, some kinds summarized in one line, all made one clean line.
import type { Warning } from "../model/types.ts";
import { cleanMessage } from "./warning-text.ts";

export interface WarningLogOptions {
  /** Warnings kept per kind before the rest are only counted. */
  maxPerKind: number;
  /** Warnings without a kind kept per file before the rest are only counted. */
  maxUnkinded: number;
  /** Lines listed in a summary warning ({@link SUMMARIZED_KINDS}). */
  summaryLines: number;
}

export const DEFAULT_WARNING_LOG_OPTIONS: WarningLogOptions = {
  maxPerKind: 20,
  maxUnkinded: 1000,
  summaryLines: 5,
};

/**
 * Kinds reported as one warning per file, with their count and first lines, instead of one warning
 * each: records without authors (left out of the corpus) and placeholder authors (dropped).
 */
export const SUMMARIZED_KINDS: Readonly<Record<string, (count: number, detail: string) => string>> =
  {
    "no authors": (n) =>
      `${n} record${n === 1 ? "" : "s"} without authors left out (not part of the coauthor network)`,
    "placeholder author": (n, detail) =>
      `${n} placeholder author${n === 1 ? "" : "s"} dropped${detail}`,
  };

/** A warning list for one file; {@link WarningLog.finish} appends one summary per capped kind. */
export interface WarningLog {
  /** Records a warning; `kind` groups repeats (`"bad year"`), capped at `maxPerKind`. */
  add(line: number, message: string, kind?: string): void;
  /** The warnings, with `…and N more: <kind summary>` lines for the capped kinds. */
  finish(): Warning[];
}

interface KindCount {
  kept: number;
  dropped: number;
  firstDroppedLine: number;
  /** Summarized kinds: the first lines, and the quoted names of the messages with their counts. */
  lines: number[];
  names: Map<string, number>;
}

/** `("Anonymous" ×3, "N. N.")`: the quoted names of a placeholder summary, most frequent first. */
function describeNames(names: Map<string, number>): string {
  if (names.size === 0) return "";
  const sorted = [...names].sort((a, b) => b[1] - a[1]);
  const shown = sorted.slice(0, 5).map(([n, c]) => (c > 1 ? `"${n}" ×${c}` : `"${n}"`));
  if (sorted.length > 5) shown.push(`${sorted.length - 5} more`);
  return ` (${shown.join(", ")})`;
}

/**
 * Creates a warning log for `file`. Warnings without a kind are kept up to `maxUnkinded`; with a
 * kind, the first `maxPerKind` are kept with their lines and the rest summarized as one warning
 * located at the first dropped line, so every kind of problem stays visible with at least one
 * line. The kinds of {@link SUMMARIZED_KINDS} become one warning each, at their first line, with
 * their count and first `summaryLines` lines. Every message is made one printable line
 * ({@link cleanMessage}).
 */
export function createWarningLog(
  file: string,
  options: Partial<WarningLogOptions> = {},
): WarningLog {
  const { maxPerKind, maxUnkinded, summaryLines } = {
    ...DEFAULT_WARNING_LOG_OPTIONS,
    ...options,
  };
  const warnings: Warning[] = [];
  const counts = new Map<string, KindCount>();
  const countOf = (kind: string): KindCount => {
    let count = counts.get(kind);
    if (count === undefined) {
      count = { kept: 0, dropped: 0, firstDroppedLine: 0, lines: [], names: new Map() };
      counts.set(kind, count);
    }
    return count;
  };
  return {
    add(line, message, kind = "") {
      const count = countOf(kind);
      if (kind !== "" && kind in SUMMARIZED_KINDS) {
        // A placeholder message may name several (`"N. N.", "Anonymous" dropped`): each counts.
        let named = 0;
        for (const m of message.matchAll(/"([^"]{1,60})"/g)) {
          named++;
          if (count.names.size < 100 || count.names.has(m[1]))
            count.names.set(m[1], (count.names.get(m[1]) ?? 0) + 1);
        }
        count.kept += kind === "placeholder author" ? Math.max(1, named) : 1;
        if (count.lines.length < summaryLines) count.lines.push(line);
        return;
      }
      if (count.kept >= (kind === "" ? maxUnkinded : maxPerKind)) {
        if (count.dropped === 0) count.firstDroppedLine = line;
        count.dropped++;
        return;
      }
      count.kept++;
      warnings.push({ file, line, message: cleanMessage(message) });
    },
    finish() {
      const out = [...warnings];
      for (const [kind, count] of counts) {
        const summary = SUMMARIZED_KINDS[kind];
        if (kind !== "" && summary !== undefined) {
          const more =
            count.lines.length === summaryLines && count.kept > summaryLines ? ", …" : "";
          out.push({
            file,
            line: count.lines[0],
            message: cleanMessage(
              `${summary(count.kept, kind === "no authors" ? "" : describeNames(count.names))}: line${count.lines.length === 1 && more === "" ? "" : "s"} ${count.lines.join(", ")}${more}`,
            ),
          });
        } else if (count.dropped > 0)
          out.push({
            file,
            line: count.firstDroppedLine,
            message: `…and ${count.dropped} more warning${count.dropped > 1 ? "s" : ""} ${kind === "" ? "" : `of this kind (${cleanMessage(kind)}) `}from this line on`,
          });
      }
      return out;
    },
  };
}
