// The LOD frame's pixel painter of discs: which pixels a disc covers, blending, colours.
import { describe, expect, it } from "vitest";
import { paintPixelDiscs, parseCanvasColor } from "../../../src/view/render/paint-pixel-discs.ts";

const W = 6;
const H = 5;
const white = () => new Uint8ClampedArray(4 * W * H).fill(255);
const at = (pixels: Uint8ClampedArray, x: number, y: number) =>
  [...pixels.slice(4 * (y * W + x), 4 * (y * W + x) + 4)].join(",");
/** The painted pixels as "x,y", reading row by row. */
const painted = (pixels: Uint8ClampedArray) => {
  const out: string[] = [];
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) if (at(pixels, x, y) !== "255,255,255,255") out.push(`${x},${y}`);
  return out;
};
const discs = (x: number[], y: number[], r: number[], style = "#ff0000", alpha = 1) => ({
  nx: Float64Array.from(x),
  ny: Float64Array.from(y),
  nr: Float64Array.from(r),
  nodeBatches: [{ style, width: 0, alpha, start: 0, end: x.length }],
});
const identity = { x: 0, y: 0, k: 1 };

describe("paintPixelDiscs", () => {
  it("covers the pixels whose centres lie within the radius: a plus sign for r = 1", () => {
    const pixels = white();
    paintPixelDiscs(pixels, W, H, discs([2.5], [2.5], [1]), identity, 1, parseCanvasColor);
    // Centre (2.5, 2.5): the four neighbours are at distance 1, the diagonals at √2.
    expect(painted(pixels)).toEqual(["2,1", "1,2", "2,2", "3,2", "2,3"]);
    expect(at(pixels, 2, 2)).toBe("255,0,0,255");
  });

  it("applies the transform and the pixel ratio", () => {
    const pixels = white();
    // World (1, 1) at zoom 2 and offset (0.5, 0.5) is CSS (2.5, 2.5), device (5, 5) at ratio 2:
    // radius 0.5 CSS = 1 device pixel, so the four pixels around the corner point (5, 5)
    // (centres at distance √0.5); of those, row 4 is inside the 6 × 5 buffer.
    paintPixelDiscs(pixels, W, H, discs([1], [1], [0.5]), { x: 0.5, y: 0.5, k: 2 }, 2, (s) =>
      parseCanvasColor(s),
    );
    expect(painted(pixels)).toEqual(["4,4", "5,4"]);
  });

  it("shows a disc smaller than a pixel as the pixel under its centre; skips those outside", () => {
    const pixels = white();
    paintPixelDiscs(
      pixels,
      W,
      H,
      discs([0.2, -5, 40], [0.3, 1, 1], [0.1, 1, 1]),
      identity,
      1,
      parseCanvasColor,
    );
    expect(painted(pixels)).toEqual(["0,0"]);
  });

  it("blends with the batch's opacity times the colour's", () => {
    const pixels = white();
    paintPixelDiscs(
      pixels,
      W,
      H,
      discs([0.5], [0.5], [0.4], "rgba(0, 0, 255, 0.5)", 0.5),
      identity,
      1,
      parseCanvasColor,
    );
    // a = 0.25: red and green 255 · 0.75 = 191.25 → 191, blue 255.
    expect(at(pixels, 0, 0)).toBe("191,191,255,255");
  });

  it("skips a batch whose colour it cannot read, and says so", () => {
    const pixels = white();
    const all = paintPixelDiscs(
      pixels,
      W,
      H,
      discs([2.5], [2.5], [1], "hsl(0 50% 50%)"),
      identity,
      1,
      parseCanvasColor,
    );
    expect(all).toBe(false);
    expect(painted(pixels)).toEqual([]);
  });
});

describe("parseCanvasColor", () => {
  it("reads the canvas's normal forms", () => {
    expect(parseCanvasColor("#1f77b4")).toEqual({ rgb: { r: 31, g: 119, b: 180 }, alpha: 1 });
    expect(parseCanvasColor("rgba(10, 20, 30, 0.25)")).toEqual({
      rgb: { r: 10, g: 20, b: 30 },
      alpha: 0.25,
    });
    expect(parseCanvasColor("rgb(1, 2, 3)")).toEqual({ rgb: { r: 1, g: 2, b: 3 }, alpha: 1 });
    expect(parseCanvasColor("steelblue")).toBeNull();
  });
});

describe("paintPixelDiscs over a transparent buffer", () => {
  it("leaves straight alpha that a canvas draws as source-over would", () => {
    const pixels = new Uint8ClampedArray(4 * W * H);
    const two = {
      nx: Float64Array.of(0.5, 0.5),
      ny: Float64Array.of(0.5, 0.5),
      nr: Float64Array.of(0.4, 0.4),
      nodeBatches: [
        { style: "#ff0000", width: 0, alpha: 0.5, start: 0, end: 1 },
        { style: "#0000ff", width: 0, alpha: 0.5, start: 1, end: 2 },
      ],
    };
    paintPixelDiscs(pixels, W, H, two, identity, 1, parseCanvasColor);
    // Red at 0.5 is stored as alpha 128 (127.5 rounds to even); blue at 0.5 over it: alpha
    // 0.5 + 128/255 · 0.5 = 0.75098 (191.5 → 192), red 255 · 0.25098 / 0.75098 = 85.2 → 85,
    // blue 255 · 0.5 / 0.75098 = 169.8 → 170.
    expect(at(pixels, 0, 0)).toBe("85,0,170,192");
    expect(at(pixels, 1, 0)).toBe("0,0,0,0");
  });
});
