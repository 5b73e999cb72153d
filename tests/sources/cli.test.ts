import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { withoutDisambiguation } from "../../src/parse/homonyms.ts";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import type { Report } from "../../src/export/json-report.ts";
import { BIG_BYLINE, createFakeApis, NAMESAKE, OWNER, OWNER_WORKS } from "./fake-apis.ts";
import { startServer, type TestServer } from "./server.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
let server: TestServer;
const apis = createFakeApis();

beforeAll(async () => {
  server = await startServer(apis.route);
});
afterAll(() => server.close());
beforeEach(() => apis.reset());

const env = () => ({
  COAUTHOR_ATLAS_OPENALEX_URL: `${server.url}/openalex`,
  COAUTHOR_ATLAS_DBLP_URL: `${server.url}/dblp`,
  COAUTHOR_ATLAS_ORCID_URL: `${server.url}/orcid`,
  COAUTHOR_ATLAS_CROSSREF_URL: `${server.url}/crossref`,
});

async function run(argv: string[], environment: Record<string, string | undefined> = env()) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: environment,
  });
  return { code, stdout, stderr };
}

// Owner–coauthor ×10, owner–namesake, namesake–Hana Sato; work 3's 120 authors form a clique.
const SMALL_EDGES = 12;
const CLIQUE = (BIG_BYLINE * (BIG_BYLINE - 1)) / 2;
const AUTHORS = 1 + 1 + 10 + (BIG_BYLINE - 1);

describe("analyze SOURCE", () => {
  it("builds an OpenAlex author's network: every page, full bylines, after a 429, namesakes apart", async () => {
    const { code, stdout, stderr } = await run([
      "analyze",
      `openalex:${OWNER.id}`,
      "--format",
      "json",
      "--max-authors",
      "200",
      "--progress",
      "--mailto",
      "me@example.org",
    ]);
    expect(stderr).not.toMatch(/coauthor-atlas:/);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(report.summary).toMatchObject({
      papers: OWNER_WORKS,
      authors: AUTHORS,
      coauthorships: CLIQUE + SMALL_EDGES,
    });
    const weis = report.authors
      .filter((a) => withoutDisambiguation(a.name) === "Wei Zhang")
      .map((a) => a.id)
      .sort();
    expect(weis).toEqual([`openalex:${OWNER.id}`, `openalex:${NAMESAKE.id}`]);
    expect(report.authors.find((x) => x.id === `openalex:${NAMESAKE.id}`)?.ids).toEqual({
      openalex: NAMESAKE.id,
      orcid: NAMESAKE.orcid,
    });
    expect(report.papers.find((p) => p.title === "Test work 42")?.citations).toBe(42);
    expect(stderr).toMatch(/HTTP 429\); waiting 1\.0 s \(retry 1\)/);
    expect(stderr).toMatch(new RegExp(`openalex:${OWNER.id}: ${OWNER_WORKS} works\\n`));
    expect(stderr).not.toContain("me@example.org");
  });

  it("builds a dblp person's network with homonyms apart", async () => {
    const { code, stdout, stderr } = await run(["analyze", "dblp:95/7448-1", "--format", "json"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(report.summary).toMatchObject({ papers: 4, authors: 5 });
    expect(
      report.authors
        .filter((a) => withoutDisambiguation(a.name) === "Di Xu")
        .map((a) => a.id)
        .sort(),
    ).toEqual(["dblp:95/7448", "dblp:95/7448-1"]);
    expect(stderr).toContain("kept apart: Di Xu (95/7448)");
    // The ORCID of a person page's author attribute is kept with the pid.
    expect(report.authors.find((x) => x.id === "dblp:95/7448-1")?.ids).toEqual({
      dblp: "95/7448-1",
      orcid: "0000-0002-0613-2229",
    });
  });

  it("saves what it fetched and reads it back offline", async () => {
    const dir = mkdtempSync(join(tmpdir(), "atlas-sources-"));
    const saved = join(dir, "fetched.json");
    const online = await run([
      "analyze",
      "dblp:95/7448-1",
      "orcid:0000-0002-1825-0097",
      "--openalex-key",
      "secret-key",
      "--save-sources",
      saved,
      "--format",
      "json",
    ]);
    expect(online.code).toBe(0);
    expect(readFileSync(saved, "utf8")).not.toContain("secret-key");
    const offline = await run(["analyze", saved, "--format", "json"], {
      COAUTHOR_ATLAS_OPENALEX_URL: "http://127.0.0.1:9",
    });
    expect(offline.code).toBe(0);
    const a = JSON.parse(online.stdout) as Report;
    const b = JSON.parse(offline.stdout) as Report;
    expect(b.summary).toEqual(a.summary);
    expect(b.summary).toMatchObject({ papers: 6 });
    expect(b.authors.map((x) => x.id).sort()).toEqual(a.authors.map((x) => x.id).sort());
  });

  it("reads DOIs from a file, one a line (doi:@FILE), naming the lines that hold none", async () => {
    const dir = mkdtempSync(join(tmpdir(), "atlas-dois-"));
    const list = join(dir, "dois.txt");
    writeFileSync(
      list,
      "# my papers\n10.5555/only.in.crossref\n\nhttps://doi.org/10.1145/3290605.3300233\nnot a doi\n",
    );
    const { code, stdout, stderr } = await run(["analyze", `doi:@${list}`, "--format", "json"]);
    expect(code).toBe(0);
    expect(stderr).toBe(`warning: ${list}:5: not a DOI; skipped\n`);
    const report = JSON.parse(stdout) as Report;
    expect(report.papers.map((p) => p.title).sort()).toEqual([
      "Sample work found in OpenAlex",
      "Sample work only Crossref has",
    ]);
    expect(report.summary).toMatchObject({ authors: 2 }); // Josiah Carberry (on both) and Jane Roe
  });

  it("fails with one clear line for an unknown author, a bad key, a bad id", async () => {
    const missing = await run(["analyze", "openalex:A5000000404"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      "coauthor-atlas: openalex:A5000000404: OpenAlex has no author A5000000404\n",
    );
    const key = await run(["analyze", `openalex:${OWNER.id}`], {
      ...env(),
      OPENALEX_API_KEY: "bad",
    });
    expect(key.code).toBe(1);
    expect(key.stderr).toMatch(
      /^coauthor-atlas: openalex:A5000000001: .*HTTP 401.*check the API key\n$/,
    );
    const typo = await run(["analyze", "orcid:0000-0002-1825-0098"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/wrong check digit/);
  });

  it("runs as `coauthor-atlas analyze openalex:A…` with the base URL from the environment", async () => {
    // Without --max-authors 200, work 3 adds no edges: its other 119 authors are isolated.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(ROOT, "bin/coauthor-atlas.mjs"), "analyze", `openalex:${OWNER.id}`, "--top", "3"],
      { env: { ...process.env, ...env() }, cwd: ROOT },
    );
    expect(stdout.split("\n")[0]).toBe(
      `${OWNER_WORKS} papers, ${AUTHORS} authors, ${SMALL_EDGES} coauthorships, ${1 + BIG_BYLINE - 1} components`,
    );
  }, 60_000);
});
