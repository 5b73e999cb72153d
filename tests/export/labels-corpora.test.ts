// The CLI's SVG map names the central authors: ≥ 18 of the top 20 by PageRank, no two labels overlapping.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { createResvgTextMeasure } from "../../src/export/png-resvg.ts";
import { sharedCorpus } from "../metrics/helpers.ts";
import { parseStrictXml } from "./strict-xml.ts";

const CORPORA = ["krr.bib", "Zeta-Alpha_ICLR2021.json", "scopus.bib", "hep-th.gml"];
const dir = mkdtempSync(join(tmpdir(), "coauthor-atlas-labels-"));

async function analyze(path: string, format: string): Promise<string> {
  const out = join(dir, `${path.replace(/\W+/g, "_")}.${format}`);
  const code = await main(["analyze", path, "--format", format, "--out", out], {
    stdout: () => {},
    stderr: () => {},
  });
  expect(code).toBe(0);
  return readFileSync(out, "utf8");
}

export interface SvgLabel {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * The label boxes of an exported SVG map, from its `<g class="labels">` text elements: the font
 * size (the element's, else the document's), weight and anchor give the width with the resvg
 * measure the CLI places labels with; the height is the placement's 1.3 em around 0.35 em below
 * the baseline's centre line.
 */
export function svgLabels(svg: string): SvgLabel[] {
  const doc = parseStrictXml(svg);
  const groups = Array.from(doc.getElementsByTagName("g"));
  const labels = groups.find((g) => g.getAttribute("class") === "labels");
  if (!labels) return [];
  const fontOf = (el: Element | null): number => {
    for (let e = el; e; e = e.parentNode as Element | null) {
      const size = e.getAttribute?.("font-size");
      if (size) return Number(size);
    }
    return 12;
  };
  const measure = createResvgTextMeasure();
  return Array.from(labels.getElementsByTagName("text")).map((t) => {
    const fs = fontOf(t);
    const weight = Number(t.getAttribute("font-weight") ?? 400);
    const text = t.textContent ?? "";
    const w = measure(text, `${weight} ${fs}px sans-serif`);
    const x = Number(t.getAttribute("x"));
    const y = Number(t.getAttribute("y"));
    const anchor = t.getAttribute("text-anchor");
    const x0 = anchor === "end" ? x - w : anchor === "middle" ? x - w / 2 : x;
    const middle = y - fs * 0.35;
    return { text, x0, x1: x0 + w, y0: middle - fs * 0.6, y1: middle + fs * 0.6 };
  });
}

describe("CLI SVG labels on the real corpora", () => {
  for (const name of CORPORA)
    it(`${name}: ≥ 18 of the top 20 by PageRank labelled, no two labels overlapping`, async () => {
      const path = sharedCorpus(name);
      if (!path) return;
      const report = JSON.parse(await analyze(path, "json")) as {
        authors: { name: string; pagerank: number }[];
      };
      const top = [...report.authors].sort((a, b) => b.pagerank - a.pagerank).slice(0, 20);
      const labels = svgLabels(await analyze(path, "svg"));
      const shown = new Map<string, number>();
      for (const l of labels) shown.set(l.text, (shown.get(l.text) ?? 0) + 1);
      let named = 0;
      for (const a of top) {
        const left = shown.get(a.name) ?? 0;
        if (left > 0) {
          named++;
          shown.set(a.name, left - 1);
        }
      }
      console.log(`${name}: ${named} of the top 20 by PageRank labelled, ${labels.length} labels`);
      expect(named).toBeGreaterThanOrEqual(18);
      for (let i = 0; i < labels.length; i++)
        for (let j = i + 1; j < labels.length; j++) {
          const a = labels[i];
          const b = labels[j];
          const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
          expect(overlap, `${a.text} / ${b.text}`).toBe(false);
        }
    }, 300_000);
});
