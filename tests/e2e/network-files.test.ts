// Network files (GML, VOSviewer) in the explorer: every author drawn, and every drawn node exported.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parseStrictXml } from "../export/strict-xml.ts";
import {
  dropFile,
  DIST,
  launchBrowser,
  openPage,
  REPO,
  requireBrowser,
  startServer,
  waitForReady,
  type Browser,
  type StaticServer,
} from "./harness.ts";

const CORPORA = resolve(REPO, "../shared/corpora");

/** Nodes of each file (SOURCES.md: counted there from the files' `node [` and items). */
const NETWORKS: Record<string, number> = {
  "netscience.gml": 1589,
  "hep-th.gml": 8361,
  "JOI_2007-2016_co-authorship_network.json": 252,
};

const run = requireBrowser("tests/e2e/network-files.test.ts");
const present = existsSync(CORPORA);
if (!present)
  console.warn(`\n*** SKIPPING tests/e2e/network-files.test.ts: no corpora at ${CORPORA} ***\n`);

type MethodHandle = {
  coauthorAtlas: { dataset(): { metrics: { summary: { communityMethod?: string } } } | null };
};

type LabelHandle = {
  coauthorAtlas: {
    scene(): { nodes: { label: string }[]; labels?: { index: number }[] } | null;
  };
};

type AtlasHandle = { coauthorAtlas: { scene(): { nodes: { id: string }[] } | null } };

async function drawnNodes(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as AtlasHandle).coauthorAtlas.scene()?.nodes.length ?? 0,
  );
}

/** Downloads the item's file from the Export menu. */
async function exported(page: Page, item: string): Promise<Buffer> {
  await page.getByRole("button", { name: "Export" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("menuitem", { name: item, exact: true }).click(),
  ]);
  return readFileSync(await download.path());
}

/** The PDF export (page size, text) and the density view's SVG export, on the JOI network. */
async function pdfAndDensity(page: Page): Promise<void> {
  const pdf = await exported(page, "PDF (vector, 85 × 64 mm)");
  const text = pdf.toString("latin1");
  expect(text.startsWith("%PDF-")).toBe(true);
  const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(text)?.slice(1).map(Number) ?? [];
  expect(box[0]).toBeCloseTo((85 * 72) / 25.4, 1);
  expect(box[1]).toBeCloseTo((64 * 72) / 25.4, 1);
  expect(text).toMatch(/\/FontFile2/); // DejaVu Sans embedded: the labels are text
  if (existsSync("/usr/bin/pdftotext")) {
    const dir = mkdtempSync(join(tmpdir(), "coauthor-atlas-pdf-"));
    writeFileSync(join(dir, "map.pdf"), pdf);
    const words = execFileSync("/usr/bin/pdftotext", [join(dir, "map.pdf"), "-"], {
      encoding: "utf8",
    });
    // Every label on screen is text in the PDF.
    const labels = await page.evaluate(() => {
      const scene = (window as unknown as LabelHandle).coauthorAtlas.scene();
      return (scene?.labels ?? []).map((l) => scene?.nodes[l.index].label ?? "");
    });
    expect(labels.length).toBeGreaterThan(10);
    for (const label of labels) expect(words).toContain(label);
  } else console.log("skipping the pdftotext check: no /usr/bin/pdftotext (poppler-utils)");

  // Communities: the file's clusters by default, Leiden on request (the analysis runs again).
  const method = () =>
    page.evaluate(
      () =>
        (window as unknown as MethodHandle).coauthorAtlas.dataset()?.metrics.summary
          .communityMethod,
    );
  expect(await method()).toBe("file");
  await page.getByRole("combobox", { name: "Community detection" }).selectOption("leiden");
  await expect.poll(method, { timeout: 60_000 }).toBe("leiden");
  await waitForReady(page, 60_000);

  await page.getByRole("button", { name: "Density view" }).click();
  expect(
    await page.getByRole("button", { name: "Density view" }).getAttribute("aria-pressed"),
  ).toBe("true");
  const svg = parseStrictXml((await exported(page, "SVG (vector)")).toString("utf8"));
  const groups = Array.from(svg.getElementsByTagName("g"));
  const density = groups.find((g) => g.getAttribute("class") === "density");
  expect(density?.getElementsByTagName("path").length).toBeGreaterThan(3);
  expect(groups.find((g) => g.getAttribute("class") === "labels")).toBeDefined();
}

describe.skipIf(!run || !present)("network files drawn whole (built app in Chromium)", () => {
  let server: StaticServer;
  let browser: Browser | null = null;

  beforeAll(async () => {
    server = await startServer(DIST);
  });
  afterEach(async () => {
    await browser?.close();
    browser = null;
  });
  afterAll(async () => {
    await server?.close();
  });

  for (const [file, nodes] of Object.entries(NETWORKS))
    it.skipIf(!existsSync(resolve(CORPORA, file)))(
      `${file}: ${nodes} authors drawn and exported`,
      async () => {
        browser = await launchBrowser();
        const w = await openPage(browser.context, server.url);
        const { page } = w;
        await waitForReady(page);
        await dropFile(page, file, readFileSync(resolve(CORPORA, file)));
        await expect.poll(() => drawnNodes(page), { timeout: 30_000 }).toBe(nodes);
        const shown = await page.getByText(/^Showing \d+ of \d+ authors/).textContent();
        // Every author and every link: Newman's fractional weights (< 1) are links all the same.
        expect(shown).toMatch(
          new RegExp(`^Showing ${nodes} of ${nodes} authors and (\\d+) of \\1 collaborations`),
        );

        // The SVG export holds every drawn node.
        const doc = parseStrictXml((await exported(page, "SVG (vector)")).toString("utf8"));
        const group = Array.from(doc.getElementsByTagName("g")).find(
          (g) => g.getAttribute("class") === "nodes",
        );
        expect(group?.getElementsByTagName("circle").length).toBe(nodes);
        if (file.startsWith("JOI")) await pdfAndDensity(page);
        expect(w.errors).toEqual([]);
      },
      180_000,
    );
});
