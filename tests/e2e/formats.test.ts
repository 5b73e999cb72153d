// Issue 12 in Chromium: a UTF-16 file and a Web of Science export load; a thesaurus loaded alongside
// is applied; accepted merges are saved as a VOSviewer thesaurus.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { BIB, RIS } from "../fixtures/merge-pair.ts";
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

const run = requireBrowser("tests/e2e/formats.test.ts");

interface AppHandle {
  dataset(): { corpus: { authors: { id: string; name: string }[] } } | null;
}

/** `text` as UTF-16 LE bytes without a BOM. */
const utf16le = (text: string): Buffer => Buffer.from(text, "utf16le");

const WOS = [
  "FN Clarivate Analytics Web of Science",
  "VR 1.0",
  "PT J",
  "AU Bruna, EM",
  "   Müller, J",
  "AF Bruna, Emilio M.",
  "   Müller, Jörg",
  "TI One",
  "PY 2020",
  "OI Bruna, Emilio/0000-0003-3381-8477",
  "ER",
  "",
  "PT J",
  "AU Bruna, EM",
  "   Roe, R",
  "AF Bruna, Emilio M.",
  "   Roe, Richard",
  "TI Two",
  "PY 2021",
  "ER",
  "",
  "EF",
  "",
].join("\n");

describe.skipIf(!run)("formats, encodings and thesauri (built app in Chromium)", () => {
  let server: StaticServer | null = null;
  let browser: Browser | null = null;
  const open = async (): Promise<WatchedPage> => {
    server ??= await startServer(DIST);
    browser = await launchBrowser();
    const watched = await openPage(browser.context, server.url);
    await waitForReady(watched.page);
    return watched;
  };
  afterEach(async () => {
    await browser?.close();
    browser = null;
  });
  afterAll(async () => {
    await server?.close();
  });
  const authors = (w: WatchedPage) =>
    w.page.evaluate(() =>
      (window as unknown as { coauthorAtlas: AppHandle }).coauthorAtlas
        .dataset()
        ?.corpus.authors.map((a) => `${a.id}=${a.name}`),
    );

  it("reads a UTF-16 Web of Science export, Bruna keyed by his ORCID on both records", async () => {
    const w = await open();
    await w.page
      .locator("input[type=file]")
      .setInputFiles({ name: "savedrecs.txt", mimeType: "text/plain", buffer: utf16le(WOS) });
    await expect
      .poll(() => authors(w))
      .toEqual([
        "orcid:0000-0003-3381-8477=Emilio M. Bruna",
        "jorg muller=Jörg Müller",
        "richard roe=Richard Roe",
      ]);
    expect(w.errors).toEqual([]);
  });

  it("applies a thesaurus loaded alongside, and saves accepted merges as one", async () => {
    const w = await open();
    await w.page.locator("input[type=file]").setInputFiles([
      { name: "a.bib", mimeType: "text/plain", buffer: Buffer.from(BIB) },
      { name: "b.ris", mimeType: "text/plain", buffer: Buffer.from(RIS) },
      {
        name: "thesaurus.txt",
        mimeType: "text/plain",
        buffer: Buffer.from("label\treplace by\nIlhan, Fatih\t\n"),
      },
    ]);
    // Fatih Ilhan dropped by the thesaurus: Tiansheng Huang, Ling Liu, T. Huang are left.
    await expect.poll(async () => (await authors(w))?.length).toBe(3);
    expect(await authors(w)).not.toContain("fatih ilhan=Fatih Ilhan");
    await waitForReady(w.page);
    await w.page.getByRole("button", { name: "1 possible duplicate" }).click();
    const dialog = w.page.getByRole("dialog", { name: "Possible duplicates" });
    const save = dialog.getByRole("button", { name: "Save merges as VOSviewer thesaurus" });
    expect(await save.isHidden()).toBe(true);
    await dialog.getByRole("button", { name: /^Accept:/ }).click();
    await expect.poll(async () => (await authors(w))?.length).toBe(2);
    const [download] = await Promise.all([w.page.waitForEvent("download"), save.click()]);
    expect(download.suggestedFilename()).toBe("thesaurus_authors.txt");
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString("utf8")).toBe(
      "label\treplace by\r\nT. Huang\tTiansheng Huang\r\n",
    );
    expect(w.errors).toEqual([]);
  });
});
