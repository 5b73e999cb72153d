// Greedy label placement: labels in priority order, each kept only if it overlaps none kept before.

/** A label box in screen pixels (top-left corner and size). */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Always shown (hovered or selected authors), even over other labels. */
  forced?: boolean;
  /** A second place to try (same size) when the first is taken, e.g. the other side of a node. */
  alternative?: { x: number; y: number };
}

/** Where a label went: -1 nowhere, 0 its first place, 1 its alternative. */
export type LabelChoice = -1 | 0 | 1;

export interface LabelPlacementOptions {
  /** Viewport size: unforced labels must lie inside it entirely. */
  width: number;
  height: number;
  /** Minimum free space between two labels, in pixels. */
  padding: number;
  /** Most labels kept, forced ones included. */
  maxLabels: number;
  /** Boxes no unforced label may overlap (node discs), besides the labels kept. */
  obstacles: readonly LabelBox[];
}

export const DEFAULT_LABEL_PLACEMENT: LabelPlacementOptions = {
  width: Infinity,
  height: Infinity,
  padding: 2,
  maxLabels: 80,
  obstacles: [],
};

const CELL = 64;

/**
 * Chooses which labels to draw and where. `boxes` come in priority order (most important
 * first); forced boxes are kept first at their first place, then each other box is kept at the
 * first of its places that is inside the viewport and overlaps (with `padding`) no kept box or
 * obstacle. Returns one choice per box. Runs in O(n) expected time with a uniform grid.
 */
export function placeLabels(
  boxes: readonly LabelBox[],
  options: Partial<LabelPlacementOptions> = {},
): LabelChoice[] {
  const o: LabelPlacementOptions = { ...DEFAULT_LABEL_PLACEMENT, ...options };
  const keep = new Array<LabelChoice>(boxes.length).fill(-1);
  const grid = new Map<string, LabelBox[]>();
  let kept = 0;

  const cells = (b: LabelBox, visit: (key: string) => boolean | void): boolean => {
    const x0 = Math.floor((b.x - o.padding) / CELL);
    const x1 = Math.floor((b.x + b.width + o.padding) / CELL);
    const y0 = Math.floor((b.y - o.padding) / CELL);
    const y1 = Math.floor((b.y + b.height + o.padding) / CELL);
    for (let gx = x0; gx <= x1; gx++)
      for (let gy = y0; gy <= y1; gy++) if (visit(`${gx},${gy}`) === true) return true;
    return false;
  };
  const overlaps = (b: LabelBox) =>
    cells(b, (key) =>
      (grid.get(key) ?? []).some((k) => {
        return (
          b.x < k.x + k.width + o.padding &&
          k.x < b.x + b.width + o.padding &&
          b.y < k.y + k.height + o.padding &&
          k.y < b.y + b.height + o.padding
        );
      }),
    );
  const register = (b: LabelBox) =>
    cells(b, (key) => {
      const list = grid.get(key);
      if (list) list.push(b);
      else grid.set(key, [b]);
    });
  const add = (i: number, choice: LabelChoice, box: LabelBox) => {
    keep[i] = choice;
    kept++;
    register(box);
  };
  const fits = (b: LabelBox) =>
    b.x >= 0 && b.y >= 0 && b.x + b.width <= o.width && b.y + b.height <= o.height && !overlaps(b);

  for (const obstacle of o.obstacles) register(obstacle);
  boxes.forEach((b, i) => {
    if (b.forced && kept < o.maxLabels) add(i, 0, b);
  });
  for (let i = 0; i < boxes.length && kept < o.maxLabels; i++) {
    const b = boxes[i];
    if (b.forced) continue;
    if (fits(b)) add(i, 0, b);
    else if (b.alternative) {
      const other = { ...b, ...b.alternative };
      if (fits(other)) add(i, 1, other);
    }
  }
  return keep;
}

/** A rough text width for when no canvas can measure: average glyph ≈ 0.56 em. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}
