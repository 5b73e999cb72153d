// The Export menu in Debian's Chromium: every item downloads a file we can read back.
import { readFileSync } from "node:fs";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import Papa from "papaparse";
import type { Download, Page } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseStrictXml } from "../export/strict-xml.ts";
import {
  DIST,
  launchBrowser,
  openPage,
  requireBrowser,
  startServer,
  waitForReady,
  type Browser,
  type StaticServer,
  type WatchedPage,
} from "./harness.ts";

const run = requireBrowser("tests/e2e/export.test.ts");

/** `coauthors-huang-tiansheng-YYYY-MM-DD[-part].ext` */
const fileName = (part: string, ext: string) =>
  new RegExp(`^coauthors-huang-tiansheng-\\d{4}-\\d{2}-\\d{2}${part ? `-${part}` : ""}\\.${ext}$`);

describe.skipIf(!run)("export menu (built app in Chromium)", () => {
  let server: StaticServer;
  let browser: Browser;
  let w: WatchedPage;
  let page: Page;
  /** Width and height of the SVG export, which the PNGs must scale. */
  let svgSize: [number, number] = [0, 0];

  beforeAll(async () => {
    server = await startServer(DIST);
    browser = await launchBrowser();
    w = await openPage(browser.context, server.url);
    page = w.page;
    await waitForReady(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const button = () => page.getByRole("button", { name: "Export" });

  /** Clicks a menu item and returns the download it starts, read as bytes. */
  async function download(item: string): Promise<{ name: string; bytes: Buffer }> {
    if ((await button().getAttribute("aria-expanded")) !== "true") await button().click();
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("menuitem", { name: item, exact: true }).click(),
    ]);
    return read(file);
  }

  async function read(file: Download): Promise<{ name: string; bytes: Buffer }> {
    const path = await file.path();
    return { name: file.suggestedFilename(), bytes: readFileSync(path) };
  }

  it("is reachable from the keyboard: Enter opens, arrows move, Escape closes", async () => {
    await button().focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => button().getAttribute("aria-expanded")).toBe("true");
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? "");
    expect(await focused()).toBe("SVG (vector)");
    await page.keyboard.press("ArrowDown");
    expect(await focused()).toBe("PNG 1×");
    await page.keyboard.press("End");
    expect(await focused()).toBe("CSV: coauthorships");
    await page.keyboard.press("ArrowDown");
    expect(await focused()).toBe("SVG (vector)");
    await page.keyboard.press("Escape");
    expect(await button().getAttribute("aria-expanded")).toBe("false");
    expect(await page.getByRole("menu").isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-haspopup"))).toBe(
      "menu",
    );
  });

  it("SVG, chosen with the keyboard: well-formed, 24 discs, the labels on screen", async () => {
    await button().focus();
    await page.keyboard.press("Enter");
    const [file] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    const { name, bytes } = await read(file);
    expect(name).toMatch(fileName("", "svg"));
    const doc = parseStrictXml(bytes.toString("utf8"));
    const root = doc.documentElement;
    svgSize = [Number(root.getAttribute("width")), Number(root.getAttribute("height"))];
    const groups = Array.from(doc.getElementsByTagName("g"));
    const byClass = (c: string) => groups.find((g) => g.getAttribute("class") === c) as Element;
    expect(byClass("nodes").getElementsByTagName("circle")).toHaveLength(24);
    expect(byClass("edges").getElementsByTagName("line")).toHaveLength(90);
    const labels = Array.from(byClass("labels").getElementsByTagName("text")).map(
      (t) => t.textContent,
    );
    expect(labels).toContain("Tiansheng Huang");
    const onScreen = await page.evaluate(() => {
      const scene = (
        window as unknown as {
          coauthorAtlas: {
            scene(): { nodes: { label: string }[]; labels: { index: number }[] };
          };
        }
      ).coauthorAtlas.scene();
      return scene.labels.map((l) => scene.nodes[l.index].label);
    });
    expect(labels.sort()).toEqual(onScreen.sort());
  });

  it.each([1, 2, 4])("PNG %i×: the SVG's size times the scale, white and not blank", async (k) => {
    const { name, bytes } = await download(`PNG ${k}×`);
    expect(name).toMatch(fileName(k === 1 ? "" : `${k}x`, "png"));
    const png = PNG.sync.read(bytes);
    expect([png.width, png.height]).toEqual([svgSize[0] * k, svgSize[1] * k]);
    expect(Array.from(png.data.subarray(0, 4))).toEqual([255, 255, 255, 255]);
    let ink = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i] < 200) ink++;
    expect(ink / (png.width * png.height)).toBeGreaterThan(0.01);
  });

  it("PNG with a transparent background", async () => {
    await button().click();
    const radio = page.getByRole("menuitemradio", { name: "Transparent background" });
    await radio.click();
    expect(await radio.getAttribute("aria-checked")).toBe("true");
    const { bytes } = await download("PNG 1×");
    const png = PNG.sync.read(bytes);
    expect(png.data[3]).toBe(0);
    let opaque = 0;
    for (let i = 3; i < png.data.length; i += 4) if (png.data[i] === 255) opaque++;
    expect(opaque).toBeGreaterThan(1000);
    await button().click();
    await page.getByRole("menuitemradio", { name: "White background" }).click();
    await page.keyboard.press("Escape");
  });

  it("GEXF (1.3 and 1.2) and GraphML read back with 24 authors and 90 coauthorships", async () => {
    const gexf = await download("GEXF 1.3 (Gephi)");
    expect(gexf.name).toMatch(fileName("", "gexf"));
    const root = parseStrictXml(gexf.bytes.toString("utf8")).documentElement;
    expect([root.namespaceURI, root.getAttribute("version")]).toEqual([
      "http://gexf.net/1.3",
      "1.3",
    ]);
    const g = parseGexf(Graph, gexf.bytes.toString("utf8"));
    expect([g.order, g.size]).toEqual([24, 90]);
    expect(typeof g.getNodeAttribute("tiansheng huang", "x")).toBe("number");
    const older = await download("GEXF 1.2 (networkx)");
    expect(older.name).toMatch(fileName("gexf-1-2", "gexf"));
    const root12 = parseStrictXml(older.bytes.toString("utf8")).documentElement;
    expect([root12.namespaceURI, root12.getAttribute("version")]).toEqual([
      "http://www.gexf.net/1.2draft",
      "1.2",
    ]);
    const g12 = parseGexf(Graph, older.bytes.toString("utf8"));
    expect([g12.order, g12.size]).toEqual([24, 90]);
    const graphml = await download("GraphML");
    expect(graphml.name).toMatch(fileName("", "graphml"));
    const h = parseGraphml(Graph, graphml.bytes.toString("utf8"));
    expect([h.order, h.size]).toEqual([24, 90]);
  });

  it("JSON is the CLI's report", async () => {
    const { name, bytes } = await download("JSON (whole analysis)");
    expect(name).toMatch(fileName("", "json"));
    const report = JSON.parse(bytes.toString("utf8"));
    expect(report.summary.authors).toBe(24);
    expect(report.authors).toHaveLength(24);
    expect(report.edges).toHaveLength(90);
  });

  it("CSVs: a BOM, one row per author, one row per coauthorship", async () => {
    const authors = await download("CSV: authors");
    expect(authors.name).toMatch(fileName("authors", "csv"));
    const text = authors.bytes.toString("utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(rows.data).toHaveLength(24);
    expect(rows.meta.fields?.slice(0, 3)).toEqual(["id", "name", "papers"]);
    const edges = await download("CSV: coauthorships");
    expect(edges.name).toMatch(fileName("coauthorships", "csv"));
    const edgeRows = Papa.parse(edges.bytes.toString("utf8").slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(edgeRows.data).toHaveLength(90);
  });

  it("raised no page errors", () => {
    expect(w.errors).toEqual([]);
    expect(w.dialogs).toEqual([]);
  });
});
