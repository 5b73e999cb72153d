// Every real corpus of ../shared/corpora loads through the file input with the expected author count.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
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

/**
 * Authors in the merged corpus, from the independently computed counts of
 * tests/parse/corpora-a.test.ts (distinct keys) and corpora-b.test.ts (distinct folded names, GML
 * nodes, VOSviewer items). krr.bib has 2597 keys, but one author stands only on a paper merged
 * away as a duplicate (`a merged-away duplicate adds no authors`, src/parse/corpus.ts): 2596.
 */
const EXPECTED: Record<string, number> = {
  "dblp.bib": 396,
  "krr.bib": 2596,
  "scopus.bib": 1941,
  "scopus.ris": 1924,
  "ex.xml": 1702,
  "netscience.gml": 1589,
  "hep-th.gml": 8361,
  "JOI_2007-2016_co-authorship_network.json": 252,
  "Zeta-Alpha_ICLR2021.json": 3345,
};

const run = requireBrowser("tests/e2e/corpora.test.ts");
const present = existsSync(CORPORA);
if (!present)
  console.warn(`\n*** SKIPPING tests/e2e/corpora.test.ts: no corpora at ${CORPORA} ***\n`);

describe.skipIf(!run || !present)("real corpora in the explorer (built app in Chromium)", () => {
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

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it.skipIf(!existsSync(resolve(CORPORA, file)))(
      `${file}: ${expected} authors, no console errors`,
      async () => {
        // A fresh profile per file: the previous file is not restored from IndexedDB first.
        browser = await launchBrowser();
        const w = await openPage(browser.context, server.url);
        await waitForReady(w.page);
        await dropFile(w.page, file, readFileSync(resolve(CORPORA, file)));
        const counts = (await w.page.locator(".dataset-counts").textContent()) ?? "";
        expect(counts).toMatch(new RegExp(`^${expected} authors · `));
        expect(w.errors).toEqual([]);
      },
      120_000,
    );
  }

  // 237 DOIs stand in both files (Python: the `doi = {…}` fields of scopus.bib and the `DO  -`
  // lines of scopus.ris, lower-cased, intersected); 3 of them (10.17226/26335, /26602, /26641)
  // are on records without authors in both files, which are not papers of the network: 234
  // merges, each reported in the warnings panel. Each file has 244 records, 5 without authors.
  it.skipIf(!["scopus.bib", "scopus.ris"].every((f) => existsSync(resolve(CORPORA, f))))(
    "scopus.bib + scopus.ris at once: papers merged by DOI, every merge reported",
    async () => {
      browser = await launchBrowser();
      const w = await openPage(browser.context, server.url);
      await waitForReady(w.page);
      await w.page.locator("input[type=file]").setInputFiles(
        ["scopus.bib", "scopus.ris"].map((name) => ({
          name,
          mimeType: "application/octet-stream",
          buffer: readFileSync(resolve(CORPORA, name)),
        })),
      );
      await w.page.waitForFunction(
        () => document.querySelector(".dataset-name")?.textContent === "scopus.bib, scopus.ris",
        undefined,
        { timeout: 60_000 },
      );
      await waitForReady(w.page, 90_000);
      await w.page.getByRole("button", { name: /warnings/ }).click();
      const items = await w.page
        .getByRole("dialog", { name: "Warnings" })
        .locator("li")
        .allTextContents();
      const byDoi = items.filter((t) =>
        /duplicate of paper at scopus\.bib:\d+, merged \(same DOI\)/.test(t),
      );
      const merged = items.filter((t) => /duplicate of paper at .*, merged/.test(t));
      expect(byDoi).toHaveLength(234);
      const papers = Number(
        / (\d+) papers/.exec((await w.page.locator(".dataset-counts").textContent()) ?? "")?.[1],
      );
      expect(papers).toBe(244 - 5 + (244 - 5) - merged.length);
      expect(w.errors).toEqual([]);
    },
    120_000,
  );
});
