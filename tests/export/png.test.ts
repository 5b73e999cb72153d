import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { renderPng } from "../../src/export/png-resvg.ts";
import { sceneToSvg, svgLayout } from "../../src/export/svg.ts";
import { sampleScene } from "./fixtures.ts";

function decode(bytes: Uint8Array): PNG {
  return PNG.sync.read(Buffer.from(bytes));
}

/** Count of pixels whose RGBA differs from `rgba`. */
function differing(png: PNG, rgba: [number, number, number, number]): number {
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4)
    if (rgba.some((v, c) => png.data[i + c] !== v)) count++;
  return count;
}

describe("renderPng", () => {
  const scene = sampleScene();
  const svg = sceneToSvg(scene);
  const { width, height } = svgLayout(scene);

  it.each([1, 2, 4])("decodes to %i× the SVG size and is not blank", (scale) => {
    const png = decode(renderPng(svg, { scale }));
    expect([png.width, png.height]).toEqual([width * scale, height * scale]);
    // White background: the corner is white, and the marks and labels are not.
    expect(Array.from(png.data.subarray(0, 4))).toEqual([255, 255, 255, 255]);
    expect(differing(png, [255, 255, 255, 255])).toBeGreaterThan(png.width * png.height * 0.01);
  });

  it("draws the labels (text pixels appear where the owner's label is)", () => {
    const png = decode(renderPng(svg, { scale: 1 }));
    // The owner's label starts at x = 200 + 14 + 3 = 217 and is centred on y = 150.
    let dark = 0;
    for (let x = 218; x < 300; x++)
      for (let y = 144; y < 156; y++) {
        const i = 4 * (y * png.width + x);
        if (png.data[i] < 100 && png.data[i + 1] < 100 && png.data[i + 2] < 100) dark++;
      }
    expect(dark).toBeGreaterThan(50);
  });

  it("is transparent where the scene has no background", () => {
    const clear = sceneToSvg({ ...scene, background: null });
    const png = decode(renderPng(clear, { scale: 1 }));
    expect(png.data[3]).toBe(0);
    expect(differing(png, [0, 0, 0, 0])).toBeGreaterThan(100);
  });

  it("rejects a scale outside 1–4", () => {
    expect(() => renderPng(svg, { scale: 5 })).toThrow(/between 1 and 4/);
    expect(() => renderPng(svg, { scale: 0.5 })).toThrow(/between 1 and 4/);
  });
});
