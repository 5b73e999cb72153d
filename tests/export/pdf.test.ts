// PDF export: page geometry by hand, halos split for the converters, and a PDF that parses with its text.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { svgToPdf } from "../../src/export/pdf-node.ts";
import { PT_PER_MM, pdfPlacement, svgForPdf, svgSize } from "../../src/export/pdf-page.ts";
import { sceneToSvg } from "../../src/export/svg.ts";
import { sampleScene } from "./fixtures.ts";

const PDFTOTEXT = "/usr/bin/pdftotext";
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");
const mediaBox = (pdf: string) =>
  /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf)?.slice(1).map(Number);

describe("pdfPlacement", () => {
  it("fits a 1200 × 800 px map on a 180 × 120 mm page inside 6 mm margins", () => {
    const p = pdfPlacement(1200, 800, { widthMm: 180, heightMm: 120, marginMm: 6 });
    expect(p.pageWidth).toBeCloseTo(180 * (72 / 25.4), 9); // 510.236 pt
    expect(p.pageHeight).toBeCloseTo(120 * (72 / 25.4), 9); // 340.157 pt
    // Room 168 × 108 mm; 1200 × 800 is 3:2, so the height binds: 108 mm tall, 162 mm wide.
    expect(p.height).toBeCloseTo(108 * PT_PER_MM, 9);
    expect(p.width).toBeCloseTo(162 * PT_PER_MM, 9);
    expect(p.x).toBeCloseTo(9 * PT_PER_MM, 9);
    expect(p.y).toBeCloseTo(6 * PT_PER_MM, 9);
  });

  it("refuses a page smaller than its margins", () => {
    expect(() => pdfPlacement(100, 100, { widthMm: 10, heightMm: 10, marginMm: 6 })).toThrow(
      /coauthor-atlas\/export/,
    );
  });
});

describe("svgForPdf", () => {
  it("splits a paint-order halo into a stroke-only copy under a fill-only one", () => {
    const svg =
      '<g class="labels" fill="#111" stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"><text>A</text></g>';
    expect(svgForPdf(svg)).toBe(
      '<g class="labels-halo" stroke="#fff" stroke-width="3" stroke-linejoin="round" fill="none"><text>A</text></g>' +
        '<g class="labels" fill="#111"><text>A</text></g>',
    );
    expect(svgSize('<svg xmlns="x" width="640" height="480.5">')).toEqual({
      width: 640,
      height: 480.5,
    });
  });
});

describe("svgToPdf", () => {
  const svg = sceneToSvg(sampleScene());

  it("writes a PDF of the page size, with embedded DejaVu text and metadata", async () => {
    const bytes = await svgToPdf(svg, {
      widthMm: 85,
      heightMm: 60,
      title: "Map <test>",
      compress: false,
    });
    const pdf = latin1(bytes);
    expect(pdf.startsWith("%PDF-")).toBe(true);
    expect(pdf.trimEnd().endsWith("%%EOF")).toBe(true);
    const [w, h] = mediaBox(pdf) as number[];
    expect(w).toBeCloseTo(85 * PT_PER_MM, 3);
    expect(h).toBeCloseTo(60 * PT_PER_MM, 3);
    // Text objects (BT … Tj/TJ … ET) in an embedded TrueType font: vector text, not pixels.
    expect(pdf).toMatch(/BT[\s\S]*?T[jJ][\s\S]*?ET/);
    expect(pdf).toMatch(/\/FontFile2/);
    expect(pdf).toMatch(/DejaVuSans/);
    expect(pdf).not.toMatch(/\/Subtype \/Image/);
  });

  it.skipIf(!existsSync(PDFTOTEXT))("pdftotext reads the labels and the legend back", async () => {
    const dir = mkdtempSync(join(tmpdir(), "coauthor-atlas-pdf-"));
    const file = join(dir, "map.pdf");
    writeFileSync(file, await svgToPdf(svg));
    const text = execFileSync(PDFTOTEXT, [file, "-"], { encoding: "utf8" });
    for (const label of ["Tiansheng Huang", "Zoë Ünal"]) expect(text).toContain(label);
    expect(text).toContain("PageRank");
  });
  if (!existsSync(PDFTOTEXT))
    console.log(`skipping the pdftotext check: no ${PDFTOTEXT} (apt-get install poppler-utils)`);
});

describe("coauthor-atlas analyze --format pdf", () => {
  it("writes the map as a PDF of --page-size millimetres", async () => {
    const dir = mkdtempSync(join(tmpdir(), "coauthor-atlas-pdf-"));
    const out = join(dir, "map.pdf");
    const seed = new URL("../../data/huang-tiansheng.txt", import.meta.url).pathname;
    let stderr = "";
    const code = await main(
      ["analyze", seed, "--format", "pdf", "--page-size", "120x90", "--out", out],
      { stdout: () => undefined, stderr: (t) => (stderr += t) },
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const [w, h] = mediaBox(latin1(readFileSync(out))) as number[];
    expect(w).toBeCloseTo(120 * PT_PER_MM, 3);
    expect(h).toBeCloseTo(90 * PT_PER_MM, 3);
  });
});
