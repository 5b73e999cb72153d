// What network files (GML, GEXF, GraphML, VOSviewer) add to an author: documents, cluster, file layout.
import type { Corpus, NetworkAuthor } from "../model/types.ts";

/** VOSviewer weight labels that count an author's documents (compared case-insensitively). */
export const DOCUMENT_WEIGHTS: readonly string[] = ["documents", "docs", "publications", "papers"];

/** VOSviewer weight labels that count an author's citations. */
export const CITATION_WEIGHTS: readonly string[] = ["citations", "cited by", "times cited"];

function weightOf(node: NetworkAuthor | undefined, labels: readonly string[]): number | undefined {
  if (node?.weights === undefined) return undefined;
  for (const [label, value] of Object.entries(node.weights))
    if (labels.includes(label.trim().toLowerCase())) return value;
  return undefined;
}

/** The author's document count from the file's weights (VOSviewer's `Documents`), if any. */
export function documentsOf(node: NetworkAuthor | undefined): number | undefined {
  return weightOf(node, DOCUMENT_WEIGHTS);
}

/** The author's citation count from the file's weights (VOSviewer's `Citations`), if any. */
export function citationsOf(node: NetworkAuthor | undefined): number | undefined {
  return weightOf(node, CITATION_WEIGHTS);
}

/** The clusters of a network file, when every author of the corpus has one (else null). */
export function fileClusters(corpus: Corpus, ids: readonly string[]): Int32Array | null {
  const nodes = corpus.networkAuthors;
  if (nodes === undefined || ids.length === 0) return null;
  const out = new Int32Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const c = nodes[ids[i]]?.cluster;
    if (c === undefined || !Number.isInteger(c)) return null;
    out[i] = c;
  }
  return out;
}

/**
 * What to do with a network file's own positions: start the force layout from them, keep them
 * as the layout (no force layout), or ignore them.
 */
export const FILE_LAYOUT_MODES = ["start", "keep", "ignore"] as const;

export type FileLayoutMode = (typeof FILE_LAYOUT_MODES)[number];

/**
 * The file's positions for a file layout mode ({@link fileLayoutPositions}, in `ids` order) and
 * whether to keep them as they are (`keep`: no force layout); null when the mode is `ignore` or
 * no author has a position.
 */
export function fileLayoutStart(
  corpus: Corpus,
  ids: readonly string[],
  mode: FileLayoutMode,
): { initial: Float64Array; keep: boolean } | null {
  if (mode === "ignore") return null;
  const initial = fileLayoutPositions(corpus, ids);
  return initial === null ? null : { initial, keep: mode === "keep" };
}

/**
 * {@link fileLayoutPositions} by author id (authors without a position left out), for a layout
 * job's `initialPositions`; undefined when the mode is `ignore` or no author has a position.
 */
export function fileStartPositions(
  corpus: Corpus,
  ids: readonly string[],
  mode: FileLayoutMode = "start",
): Record<string, { x: number; y: number }> | undefined {
  const start = fileLayoutStart(corpus, ids, mode);
  if (start === null) return undefined;
  const out: Record<string, { x: number; y: number }> = {};
  ids.forEach((id, i) => {
    const x = start.initial[2 * i];
    if (!Number.isNaN(x)) out[id] = { x, y: start.initial[2 * i + 1] };
  });
  return out;
}

export interface FileLayoutOptions {
  /**
   * Spread of the scaled layout: the file's positions are scaled so that their root-mean-square
   * distance from their centroid is `spread · √n` (d3-force's start spiral has radius 10·√i).
   */
  spread: number;
}

export const DEFAULT_FILE_LAYOUT_OPTIONS: FileLayoutOptions = { spread: 10 };

/**
 * The network file's own layout (VOSviewer `x`/`y`) as interleaved layout positions in `ids`
 * order, centred and scaled to the force layout's size ({@link FileLayoutOptions}), y flipped
 * (VOSviewer's y points up, the screen's down). Authors without a position get NaN (the layout
 * places them); null when no author has one.
 */
export function fileLayoutPositions(
  corpus: Corpus,
  ids: readonly string[],
  options: Partial<FileLayoutOptions> = {},
): Float64Array | null {
  const { spread } = { ...DEFAULT_FILE_LAYOUT_OPTIONS, ...options };
  const nodes = corpus.networkAuthors;
  if (nodes === undefined) return null;
  const out = new Float64Array(2 * ids.length).fill(NaN);
  let count = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < ids.length; i++) {
    const node = nodes[ids[i]];
    if (node?.x === undefined || node.y === undefined) continue;
    out[2 * i] = node.x;
    out[2 * i + 1] = -node.y;
    sx += node.x;
    sy -= node.y;
    count++;
  }
  if (count === 0) return null;
  const cx = sx / count;
  const cy = sy / count;
  let sumSq = 0;
  for (let i = 0; i < ids.length; i++)
    if (!Number.isNaN(out[2 * i])) sumSq += (out[2 * i] - cx) ** 2 + (out[2 * i + 1] - cy) ** 2;
  const rms = Math.sqrt(sumSq / count);
  const scale = rms > 0 ? (spread * Math.sqrt(ids.length)) / rms : 1;
  for (let i = 0; i < ids.length; i++)
    if (!Number.isNaN(out[2 * i])) {
      out[2 * i] = (out[2 * i] - cx) * scale;
      out[2 * i + 1] = (out[2 * i + 1] - cy) * scale;
    }
  return out;
}

/** A link of a network file between two authors: its summed weight and the first file. */
export interface FileLink {
  weight: number;
  file: string;
}

/** The network-file link between authors `a` and `b`, or null when no file links them. */
export function fileLinkBetween(corpus: Corpus, a: string, b: string): FileLink | null {
  const [s, t] = a < b ? [a, b] : [b, a];
  for (const link of corpus.links)
    if (link.source === s && link.target === t)
      return { weight: link.weight, file: link.file ?? corpus.files[0]?.file ?? "" };
  return null;
}
