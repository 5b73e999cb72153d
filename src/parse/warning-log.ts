// Collects a parser's warnings, capping repeats of one kind so a broken file cannot flood the list.
import type { Warning } from "../model/types.ts";

export interface WarningLogOptions {
  /** Warnings kept per kind before the rest are only counted. */
  maxPerKind: number;
}

export const DEFAULT_WARNING_LOG_OPTIONS: WarningLogOptions = { maxPerKind: 20 };

/** A warning list for one file; {@link WarningLog.finish} appends one summary per capped kind. */
export interface WarningLog {
  /** Records a warning; `kind` groups repeats (`"no-authors"`), capped at `maxPerKind`. */
  add(line: number, message: string, kind?: string): void;
  /** The warnings, with `…and N more: <kind summary>` lines for the capped kinds. */
  finish(): Warning[];
}

/**
 * Creates a warning log for `file`. Warnings without a kind are never capped; with a kind, the
 * first `maxPerKind` are kept with their lines and the rest summarized as one warning located at
 * the first dropped line, so every kind of problem stays visible with at least one line.
 */
export function createWarningLog(
  file: string,
  options: Partial<WarningLogOptions> = {},
): WarningLog {
  const { maxPerKind } = { ...DEFAULT_WARNING_LOG_OPTIONS, ...options };
  const warnings: Warning[] = [];
  const counts = new Map<string, { kept: number; dropped: number; firstDroppedLine: number }>();
  return {
    add(line, message, kind) {
      if (kind !== undefined) {
        let count = counts.get(kind);
        if (count === undefined) {
          count = { kept: 0, dropped: 0, firstDroppedLine: 0 };
          counts.set(kind, count);
        }
        if (count.kept >= maxPerKind) {
          if (count.dropped === 0) count.firstDroppedLine = line;
          count.dropped++;
          return;
        }
        count.kept++;
      }
      warnings.push({ file, line, message });
    },
    finish() {
      const out = [...warnings];
      for (const [kind, count] of counts)
        if (count.dropped > 0)
          out.push({
            file,
            line: count.firstDroppedLine,
            message: `…and ${count.dropped} more warning${count.dropped > 1 ? "s" : ""} of this kind (${kind}) from this line on`,
          });
      return out;
    },
  };
}
