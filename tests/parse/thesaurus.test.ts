// VOSviewer thesaurus files: reading, applying (merge, rename, drop), exporting decisions, CLI and pipeline hooks.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { thesaurusText } from "../../src/export/thesaurus.ts";
import { buildCorpus } from "../../src/parse/corpus.ts";
import { parseFile } from "../../src/parse/detect.ts";
import { applyMerges } from "../../src/parse/merge-suggestions.ts";
import {
  applyThesauri,
  isThesaurus,
  parseThesaurus,
  splitThesauri,
} from "../../src/parse/thesaurus.ts";
import { runPipeline } from "../../src/worker/pipeline.ts";

const RIS = [
  "TY  - JOUR",
  "AU  - Huang, Tiansheng",
  "AU  - Liu, Ling",
  "AU  - Anonymous Reviewer",
  "TI  - One",
  "ER  - ",
  "TY  - JOUR",
  "AU  - Huang, T.",
  "AU  - Liu, Ling",
  "TI  - Two",
  "ER  - ",
  "TY  - JOUR",
  "AU  - Hu, Sihao",
  "AU  - Liu, L.",
  "TI  - Three",
  "ER  - ",
  "",
].join("\n");

const corpus = () => buildCorpus([parseFile(RIS, "a.ris")]);

describe("parseThesaurus", () => {
  it("reads label / replace by lines; warns about lines without a tab, naming the line", () => {
    const text =
      "\uFEFFlabel\treplace by\r\nhuang, t.\tHuang, Tiansheng\r\nno tab here\r\n\r\nanonymous reviewer\t\r\n";
    expect(isThesaurus(text)).toBe(true);
    const t = parseThesaurus(text, "t.txt");
    expect(t.entries).toEqual([
      { label: "huang, t.", replacement: "Huang, Tiansheng", line: 2 },
      { label: "anonymous reviewer", replacement: "", line: 5 },
    ]);
    expect(t.warnings).toEqual([
      { file: "t.txt", line: 3, message: 'thesaurus line "no tab here" has no tab; skipped' },
    ]);
    expect(isThesaurus("Title,Authors\nx,y\n")).toBe(false);
  });
});

describe("applyThesauri", () => {
  it("merges into an existing author, renames when the replacement names nobody, drops on empty", () => {
    const thesaurus = parseThesaurus(
      [
        "label\treplace by",
        "Huang, T.\tTiansheng Huang", // merge into the existing author
        "l. liu\tLing Liu", // `First Last` label, case folded
        "Sihao Hu\tSi-Hao Hu", // nobody is called that: rename
        "Anonymous Reviewer\t", // drop
        "Nobody, At All\tX", // names nobody
      ].join("\n"),
      "t.txt",
    );
    const out = applyThesauri(corpus(), [thesaurus]);
    expect(out.authors.map((a) => [a.id, a.name])).toEqual([
      ["tiansheng huang", "Tiansheng Huang"],
      ["ling liu", "Ling Liu"],
      ["sihao hu", "Si-Hao Hu"],
    ]);
    expect(out.authors[0].variants).toEqual(["T. Huang"]);
    expect(out.authors[2].variants).toEqual(["Sihao Hu"]);
    expect(out.papers.map((p) => p.authors)).toEqual([
      ["tiansheng huang", "ling liu"],
      ["tiansheng huang", "ling liu"],
      ["sihao hu", "ling liu"],
    ]);
    const messages = out.warnings.filter((w) => w.file === "t.txt").map((w) => [w.line, w.message]);
    expect(messages).toEqual([
      [6, '1 thesaurus label named no author, first "Nobody, At All"'],
      [0, "thesaurus applied: 4 of 5 labels matched (2 merged, 1 dropped)"],
    ]);
  });

  it("round-trips the explorer's merge decisions: exported thesaurus = applyMerges", () => {
    const c = corpus();
    const decisions = [
      { keep: "ling liu", merge: "l liu", keepName: "Ling Liu", mergeName: "L. Liu" },
      {
        keep: "tiansheng huang",
        merge: "t huang",
        keepName: "Tiansheng Huang",
        mergeName: "T. Huang",
      },
    ];
    const text = thesaurusText(decisions);
    expect(text).toBe("label\treplace by\r\nL. Liu\tLing Liu\r\nT. Huang\tTiansheng Huang\r\n");
    const viaThesaurus = applyThesauri(c, [parseThesaurus(text, "t.txt")]);
    const direct = applyMerges(c, decisions);
    expect(viaThesaurus.papers).toEqual(direct.papers);
    expect(viaThesaurus.authors).toEqual(direct.authors);
  });
});

describe("thesaurusText", () => {
  it("points chains at the final survivor, writes drops, keeps cells on one line", () => {
    const text = thesaurusText(
      [
        { keep: "b", merge: "c", keepName: "B b", mergeName: "C\tc\nc" },
        { keep: "a", merge: "b", keepName: "A a", mergeName: "B b" },
      ],
      (id) => ({ a: "A a" })[id],
      ["Anonymous"],
      { newline: "\n" },
    );
    expect(text).toBe("label\treplace by\nC c c\tA a\nB b\tA a\nAnonymous\t\n");
  });
});

describe("hooks", () => {
  const dir = mkdtempSync(join(tmpdir(), "atlas-thes-"));
  it("CLI --thesaurus merges before analysis", async () => {
    const ris = join(dir, "a.ris");
    const thes = join(dir, "t.txt");
    writeFileSync(ris, RIS);
    writeFileSync(thes, "label\treplace by\nHuang, T.\tTiansheng Huang\nAnonymous Reviewer\t\n");
    let out = "";
    let err = "";
    const io = { stdout: (t: string) => void (out += t), stderr: (t: string) => void (err += t) };
    expect(await main(["analyze", ris, "--thesaurus", thes, "--format", "json"], io)).toBe(0);
    const report = JSON.parse(out) as { authors: { id: string }[] };
    expect(report.authors.map((a) => a.id).sort()).toEqual(
      ["ling liu", "l liu", "sihao hu", "tiansheng huang"].sort(),
    );
    expect(err).toMatch(/thesaurus applied: 2 of 2 labels matched \(1 merged, 1 dropped\)/);
    expect(await main(["analyze", ris, "--thesaurus", join(dir, "none.txt")], io)).toBe(1);
    expect(err).toMatch(/cannot read .*none\.txt: ENOENT/);
  });

  it("the explorer's pipeline applies a thesaurus loaded alongside instead of parsing it", () => {
    const files = [
      { name: "a.ris", text: RIS },
      { name: "thesaurus.txt", text: "label\treplace by\nHuang, T.\tTiansheng Huang\n" },
    ];
    expect(splitThesauri(files).others.map((f) => f.name)).toEqual(["a.ris"]);
    const result = runPipeline(files);
    expect(result.corpus.authors.map((a) => a.id)).not.toContain("t huang");
    expect(result.fileErrors).toEqual([]);
  });

  it("the seed profile is no thesaurus", () => {
    const seed = readFileSync(
      fileURLToPath(new URL("../../data/huang-tiansheng.txt", import.meta.url)),
      "utf8",
    );
    expect(isThesaurus(seed)).toBe(false);
  });
});
