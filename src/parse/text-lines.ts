// Character offset → 1-based line number for one text, and BOM removal shared by the text parsers.

/** Maps character offsets of one text to 1-based line numbers (binary search over line starts). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    let i = text.indexOf("\n");
    while (i !== -1) {
      this.starts.push(i + 1);
      i = text.indexOf("\n", i + 1);
    }
  }

  /** 1-based line of the character at `offset` (offsets past the end map to the last line). */
  lineAt(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

/** Removes a leading byte-order mark (U+FEFF), which every reader of ours must ignore. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
