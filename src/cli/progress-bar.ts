// A one-line progress bar for stderr: `parsing file.txt  [#####-----] 52% 52/100 MB`, redrawn in place.

export interface ProgressBarOptions {
  /** Cells of the bar between the brackets. */
  width: number;
  /** How `done` and `total` are written after the percentage (default: byte sizes). */
  amounts: (done: number, total: number) => string;
}

export const DEFAULT_PROGRESS_BAR_OPTIONS: ProgressBarOptions = {
  width: 10,
  amounts: byteAmounts,
};

/** `52/100 MB`, `3.4/12.0 MB`, `40/512 KB`: both amounts in the unit that suits the total. */
export function byteAmounts(done: number, total: number): string {
  const [unit, size] = total >= 1e6 ? ["MB", 1e6] : ["KB", 1e3];
  const digits = total >= 10 * size || unit === "KB" ? 0 : 1;
  const f = (n: number) => (n / size).toFixed(digits);
  return `${f(done)}/${f(total)} ${unit}`;
}

/** `400/1000 sources`: plain counts with a word. */
export function countAmounts(word: string): (done: number, total: number) => string {
  return (done, total) => `${done}/${total} ${word}`;
}

/** The bar's text: `label  [#####-----] 52% amounts` (percent floored, 100% only when done). */
export function formatProgress(
  label: string,
  done: number,
  total: number,
  options: Partial<ProgressBarOptions> = {},
): string {
  const { width, amounts } = { ...DEFAULT_PROGRESS_BAR_OPTIONS, ...options };
  const share = total > 0 ? Math.min(1, Math.max(0, done / total)) : 1;
  const filled = Math.floor(share * width);
  const bar = "#".repeat(filled) + "-".repeat(width - filled);
  return `${label}  [${bar}] ${Math.floor(share * 100)}% ${amounts(done, total)}`;
}

/** A bar drawn on one line: `update` redraws it when its percentage moves, `done` ends the line. */
export interface ProgressBar {
  update(done: number, total: number): void;
  /** Draws the final state (if not drawn yet) and moves to the next line. */
  done(): void;
}

/**
 * A progress bar that writes to `write` (stderr): the line is redrawn after a carriage return
 * (padded to wipe a longer previous text) when the whole percentage changes and at completion, so
 * at most about a hundred times. Nothing is written until the first update.
 */
export function createProgressBar(
  write: (text: string) => void,
  label: string,
  options: Partial<ProgressBarOptions> = {},
): ProgressBar {
  let last = "";
  let lastPercent = -1;
  let finished = false;
  return {
    update(done, total) {
      const percent = total > 0 ? Math.floor((100 * Math.min(done, total)) / total) : 100;
      const complete = done >= total;
      if (last !== "" && percent === lastPercent && !(complete && !finished)) return;
      const text = formatProgress(label, done, total, options);
      write(`\r${text.padEnd(last.length)}`);
      last = text;
      lastPercent = percent;
      finished = complete;
    },
    done() {
      if (last !== "") write("\n");
      last = "";
    },
  };
}
