// Drawing constants shared by every renderer of a Scene (canvas view, SVG and PNG export).

/** Colours, strokes and fonts the map uses; export renderers read the same values. */
export const SCENE_STYLE = {
  /** System font stack: no font is fetched at run time. */
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  labelColor: "#1e293b",
  /** Halo drawn behind label text so it reads over edges. */
  labelHalo: "rgba(255, 255, 255, 0.92)",
  labelHaloWidth: 3,
  /** Gap in pixels between a node's rings and its label. */
  labelGap: 3,
  /** Line from a disc to its label when the label had to sit away from it. */
  leaderColor: "rgba(30, 41, 59, 0.55)",
  leaderWidth: 0.75,
  /** Font weight of labels of selected or hovered authors (others are 400). */
  labelStrongWeight: 600,
  /** Outline of every node, separating overlapping discs. */
  nodeStroke: "#ffffff",
  nodeStrokeWidth: 1,
  /** Ring around the profile owner: dark, drawn outside the node with a white gap. */
  ownerRing: "#0f172a",
  ownerRingWidth: 2,
  ownerRingGap: 2,
  /** Ring around selected authors. */
  selectedRing: "#f59e0b",
  selectedRingWidth: 3,
  /** Ring around the hovered author. */
  hoverRing: "#334155",
  hoverRingWidth: 1.5,
  edgeColor: "rgba(100, 116, 139, 0.38)",
  highlightEdgeColor: "rgba(15, 23, 42, 0.75)",
  pathEdgeColor: "#f59e0b",
  /** Timeline: collaborations and authors that first appear in the shown year. */
  newEdgeColor: "#e11d48",
  newEdgeExtraWidth: 1.5,
  newRing: "#e11d48",
  newRingWidth: 2,
  /** Opacity multiplier of dimmed nodes and edges. */
  dimmedOpacity: 0.16,
} as const;

// Label fonts by size and weight: a placement asks for hundreds per hover, from a few sizes.
const labelFonts = new Map<number, string>();

/** The CSS font of a label. */
export function labelFont(fontSize: number, strong = false): string {
  const key = strong ? -fontSize - 1 : fontSize;
  let font = labelFonts.get(key);
  if (font === undefined) {
    font = `${strong ? SCENE_STYLE.labelStrongWeight : 400} ${fontSize}px ${SCENE_STYLE.fontFamily}`;
    if (labelFonts.size > 1000) labelFonts.clear();
    labelFonts.set(key, font);
  }
  return font;
}

/** A ring drawn around a node: stroke colour and width, and its centre-line radius beyond r. */
export interface NodeRing {
  color: string;
  width: number;
  /** Distance from the disc's edge to the ring's centre line. */
  offset: number;
}

/**
 * The rings of a node, innermost first: owner (dark), new in the timeline's year (accent),
 * selected (amber), else hovered (slate).
 */
export function nodeRings(node: {
  owner: boolean;
  selected: boolean;
  hovered?: boolean;
  fresh?: boolean;
}): NodeRing[] {
  const rings: NodeRing[] = [];
  let edge = 0;
  const add = (color: string, width: number, gap: number) => {
    rings.push({ color, width, offset: edge + gap + width / 2 });
    edge += gap + width;
  };
  if (node.owner) add(SCENE_STYLE.ownerRing, SCENE_STYLE.ownerRingWidth, SCENE_STYLE.ownerRingGap);
  if (node.fresh) add(SCENE_STYLE.newRing, SCENE_STYLE.newRingWidth, 1);
  if (node.selected) add(SCENE_STYLE.selectedRing, SCENE_STYLE.selectedRingWidth, 1);
  else if (node.hovered) add(SCENE_STYLE.hoverRing, SCENE_STYLE.hoverRingWidth, 1);
  return rings;
}

/** How far a node's rings reach beyond its disc. */
export function ringExtent(node: {
  owner: boolean;
  selected: boolean;
  hovered?: boolean;
  fresh?: boolean;
}): number {
  const rings = nodeRings(node);
  const last = rings[rings.length - 1];
  return last ? last.offset + last.width / 2 : 0;
}
