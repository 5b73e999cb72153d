// Tests of node ring geometry shared by every renderer.
import { describe, expect, it } from "vitest";
import { nodeRings, ringExtent, SCENE_STYLE } from "../../src/scene/style.ts";

const plain = { r: 10, owner: false, selected: false };

describe("nodeRings", () => {
  it("draws no ring for a plain node", () => {
    expect(nodeRings(plain)).toEqual([]);
    expect(ringExtent(plain)).toBe(0);
  });

  it("stacks the owner ring inside the selection ring", () => {
    const node = { r: 10, owner: true, selected: true };
    const [owner, selected] = nodeRings(node);
    expect(owner.color).toBe(SCENE_STYLE.ownerRing);
    expect(owner.offset).toBe(SCENE_STYLE.ownerRingGap + SCENE_STYLE.ownerRingWidth / 2);
    expect(selected.color).toBe(SCENE_STYLE.selectedRing);
    const ownerOuter = SCENE_STYLE.ownerRingGap + SCENE_STYLE.ownerRingWidth;
    expect(selected.offset).toBe(ownerOuter + 1 + SCENE_STYLE.selectedRingWidth / 2);
    expect(ringExtent(node)).toBe(ownerOuter + 1 + SCENE_STYLE.selectedRingWidth);
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
