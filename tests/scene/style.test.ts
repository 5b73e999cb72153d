// Tests of node ring geometry and label anchors shared by every renderer.
import { describe, expect, it } from "vitest";
import { nodeLabelAnchor, nodeRings, ringExtent, SCENE_STYLE } from "../../src/scene/style.ts";

const plain = { r: 10, owner: false, selected: false };

describe("nodeRings", () => {
  it("draws no ring for a plain node and puts its label right after the gap", () => {
    expect(nodeRings(plain)).toEqual([]);
    expect(nodeLabelAnchor(100, 50, plain, 10)).toEqual({
      x: 100 + 10 + SCENE_STYLE.labelGap,
      y: 53.5,
      align: "start",
    });
    expect(nodeLabelAnchor(100, 50, { ...plain, labelLeft: true }, 10)).toEqual({
      x: 100 - 10 - SCENE_STYLE.labelGap,
      y: 53.5,
      align: "end",
    });
  });

  it("stacks the owner ring inside the selection ring, and labels clear both", () => {
    const node = { r: 10, owner: true, selected: true };
    const [owner, selected] = nodeRings(node);
    expect(owner.color).toBe(SCENE_STYLE.ownerRing);
    expect(owner.offset).toBe(SCENE_STYLE.ownerRingGap + SCENE_STYLE.ownerRingWidth / 2);
    expect(selected.color).toBe(SCENE_STYLE.selectedRing);
    const ownerOuter = SCENE_STYLE.ownerRingGap + SCENE_STYLE.ownerRingWidth;
    expect(selected.offset).toBe(ownerOuter + 1 + SCENE_STYLE.selectedRingWidth / 2);
    expect(ringExtent(node)).toBe(ownerOuter + 1 + SCENE_STYLE.selectedRingWidth);
    expect(nodeLabelAnchor(0, 0, node, 10).x).toBe(10 + ringExtent(node) + SCENE_STYLE.labelGap);
  });

  it("shows the hover ring only on unselected nodes", () => {
    expect(nodeRings({ ...plain, hovered: true }).map((r) => r.color)).toEqual([
      SCENE_STYLE.hoverRing,
    ]);
    expect(nodeRings({ ...plain, hovered: true, selected: true }).map((r) => r.color)).toEqual([
      SCENE_STYLE.selectedRing,
    ]);
  });
});
