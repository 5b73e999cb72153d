import { describe, expect, it } from "vitest";
import {
  edgeVisualOf,
  parseColor,
  toHex,
  visualsFromScene,
} from "../../src/export/node-visuals.ts";
import { sampleScene } from "./fixtures.ts";

describe("parseColor", () => {
  it("reads hex, rgb(a), hsl and names; rejects the rest", () => {
    expect(parseColor("#4e79a7")).toEqual({ r: 78, g: 121, b: 167, a: 1 });
    expect(parseColor("#fff")).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor("rgba(120, 120, 120, 0.5)")).toEqual({ r: 120, g: 120, b: 120, a: 0.5 });
    expect(parseColor("hsl(0, 100%, 50%)")).toEqual({ r: 255, g: 0, b: 0, a: 1 });
    expect(parseColor("steelblue")).toEqual({ r: 70, g: 130, b: 180, a: 1 });
    expect(parseColor("not a colour")).toBeNull();
    expect(toHex({ r: 78, g: 121, b: 167, a: 1 })).toBe("#4e79a7");
  });
});

describe("visualsFromScene", () => {
  it("gives screen positions about the centre, radii and colours, and finds edges in either order", () => {
    const v = visualsFromScene(sampleScene());
    // World (-50, 30) · 2 + (200, 150) − the centre (200, 150).
    expect(v.nodes.get("=cmd")).toEqual({
      x: -100,
      y: 60,
      size: 6,
      color: { r: 242, g: 142, b: 43, a: 1 },
    });
    expect(edgeVisualOf(v, "unal zoe", "huang tiansheng")?.thickness).toBe(3);
    expect(edgeVisualOf(v, "unal zoe", "=cmd")).toBeUndefined();
  });
});
