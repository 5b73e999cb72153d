// Links out of paper cards: DOI links built from the identifier on dblp.bib; hostile values in a
// BibTeX file never become links.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  dropFile,
  DIST,
  REPO,
  launchBrowser,
  openPage,
  requireBrowser,
  startServer,
  waitForReady,
  type Browser,
  type StaticServer,
  type WatchedPage,
} from "./harness.ts";

const DBLP_BIB = resolve(REPO, "../shared/corpora/dblp.bib");
const WOS = resolve(REPO, "../shared/corpora/wos-bruna.txt");
const run = requireBrowser("tests/e2e/links.test.ts");
if (!existsSync(DBLP_BIB))
  console.warn(`\n*** SKIPPING the dblp.bib case of tests/e2e/links.test.ts: no ${DBLP_BIB} ***\n`);

const HOSTILE_BIB = `@article{evil1,
  author = {Eve Mallory and Trent Hacker},
  title = {Hostile Links},
  year = {2020},
  doi = {javascript:alert(1)},
  url = {data:text/html,<script>alert(1)</script>},
  biburl = {javascript:alert(2)},
  pmid = {"><img src=x onerror=alert(3)>}
}
@article{evil2,
  author = {Eve Mallory},
  title = {More Hostile Links},
  year = {2021},
  doi = {https://evil.example/10.1145/1},
  biburl = {data:text/html,x},
}
`;

async function showAuthor(w: WatchedPage, name: string): Promise<void> {
  const search = w.page.getByRole("combobox", { name: "Search authors" });
  await search.fill(name);
  await search.press("Enter");
  await expect
    .poll(() =>
      w.page
        .getByRole("region", { name: "Author details" })
        .getByRole("heading", { level: 2 })
        .textContent(),
    )
    .toBe(name);
}

describe.skipIf(!run)("links out of paper cards (built app in Chromium)", () => {
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

  it.skipIf(!existsSync(DBLP_BIB))(
    "dblp.bib: Abadi's paper card links to its DOI and dblp record in a new tab",
    async () => {
      const text = readFileSync(DBLP_BIB, "utf8");
      // Independently of the parser: the entry Abadi99 and its doi field, `\_` unescaped.
      const entry = /@inproceedings\{Abadi99,[\s\S]*?\n\}/.exec(text)?.[0] ?? "";
      const doi = /doi\s*=\s*\{([^}]*)\}/.exec(entry)?.[1].replace(/\\_/g, "_") ?? "";
      const title = /title\s*=\s*\{([^}]*)\}/.exec(entry)?.[1] ?? "";
      expect(doi).toBe("10.1007/3-540-48749-2_2");
      expect(title).toBe("Protection in Programming-Language Translations");

      browser = await launchBrowser();
      const w = await openPage(browser.context, server.url);
      await waitForReady(w.page);
      await dropFile(w.page, "dblp.bib", readFileSync(DBLP_BIB));
      await showAuthor(w, "Martín Abadi");
      const card = w.page
        .getByRole("region", { name: "Author details" })
        .getByRole("listitem")
        .filter({ hasText: title });
      await expect.poll(() => card.count()).toBe(1);
      const doiLink = card.getByRole("link", { name: "DOI" });
      expect(await doiLink.getAttribute("href")).toBe(`https://doi.org/${doi}`);
      expect(await doiLink.getAttribute("target")).toBe("_blank");
      expect(await doiLink.getAttribute("rel")).toBe("noopener noreferrer");
      const dblpLink = card.getByRole("link", { name: "dblp" });
      expect(await dblpLink.getAttribute("href")).toBe("https://dblp.org/rec/conf/ecoopw/Abadi99");
      expect(w.errors).toEqual([]);
    },
    150_000,
  );

  it.skipIf(!existsSync(WOS))(
    "wos-bruna.txt: Emilio M. Bruna's details link to his ORCID page",
    async () => {
      // Independently: the file's `OI Bruna, Emilio/…` entry.
      const orcid = /Bruna, Emilio\/(\d{4}-\d{4}-\d{4}-\d{3}[\dX])/.exec(
        readFileSync(WOS, "utf8"),
      )?.[1];
      expect(orcid).toBe("0000-0003-3381-8477");
      browser = await launchBrowser();
      const w = await openPage(browser.context, server.url);
      await waitForReady(w.page);
      await dropFile(w.page, "wos-bruna.txt", readFileSync(WOS));
      await showAuthor(w, "Emilio M. Bruna");
      const pages = w.page.getByRole("group", { name: "Pages of Emilio M. Bruna" });
      const link = pages.getByRole("link", { name: "ORCID" });
      expect(await link.getAttribute("href")).toBe(`https://orcid.org/${orcid}`);
      expect(await link.getAttribute("target")).toBe("_blank");
      expect(await link.getAttribute("rel")).toBe("noopener noreferrer");
      expect(w.errors).toEqual([]);
    },
    150_000,
  );

  it("hostile BibTeX: no anchor anywhere has a non-https href", async () => {
    browser = await launchBrowser();
    const w = await openPage(browser.context, server.url);
    await waitForReady(w.page);
    await dropFile(w.page, "hostile.bib", Buffer.from(HOSTILE_BIB));
    await showAuthor(w, "Eve Mallory");
    const cards = w.page.getByRole("region", { name: "Author details" }).getByRole("listitem");
    await expect.poll(() => cards.count()).toBe(2);
    expect(await cards.locator("a").count()).toBe(0);
    const hrefs = await w.page.evaluate(() =>
      [...document.querySelectorAll("[href], [src], [action], [formaction]")].map(
        (e) =>
          e.getAttribute("href") ??
          e.getAttribute("src") ??
          e.getAttribute("action") ??
          e.getAttribute("formaction") ??
          "",
      ),
    );
    const anchors = await w.page.evaluate(() =>
      [...document.querySelectorAll("a")].map((a) => a.getAttribute("href") ?? ""),
    );
    for (const href of anchors) expect(href).toMatch(/^https:\/\//);
    for (const value of hrefs) expect(value).not.toMatch(/^\s*(?:javascript|data|vbscript):/i);
    expect(w.dialogs).toEqual([]);
    expect(w.errors).toEqual([]);
  }, 120_000);
});
