import { withoutDisambiguation } from "../../src/parse/homonyms.ts";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/parse/corpus.ts";
import {
  createSourceClients,
  fetchSource,
  parseSourceSpec,
  searchAuthors,
  sourceUrlsFrom,
  SourceError,
  type SourceConfig,
} from "../../src/sources/index.ts";
import { BIG_BYLINE, createFakeApis, NAMESAKE, OWNER, OWNER_WORKS } from "./fake-apis.ts";
import { startServer, type TestServer } from "./server.ts";

let server: TestServer;
const apis = createFakeApis();
let sleeps: number[] = [];

beforeAll(async () => {
  server = await startServer(apis.route);
});
afterAll(() => server.close());
beforeEach(() => {
  apis.reset();
  sleeps = [];
  server.log.length = 0;
});

function config(extra: Partial<SourceConfig> = {}): SourceConfig {
  return {
    urls: sourceUrlsFrom({
      COAUTHOR_ATLAS_OPENALEX_URL: `${server.url}/openalex`,
      COAUTHOR_ATLAS_DBLP_URL: `${server.url}/dblp/`,
      COAUTHOR_ATLAS_ORCID_URL: `${server.url}/orcid`,
      COAUTHOR_ATLAS_CROSSREF_URL: `${server.url}/crossref`,
    }),
    ...extra,
  };
}

function clients() {
  return createSourceClients({
    http: {
      fetch: (url, init) => fetch(url, init),
      sleep: (ms) => {
        sleeps.push(ms);
        return Promise.resolve();
      },
      random: () => 0.5,
      timeoutMs: 5000,
    },
  });
}

const fetchSpec = (spec: string, extra: Partial<SourceConfig> = {}) =>
  fetchSource(parseSourceSpec(spec)!, clients(), { config: config(extra) });

describe("OpenAlex author", () => {
  it("reads every page, completes the byline cut at 100 and keeps namesakes apart", async () => {
    const result = await fetchSpec(`openalex:${OWNER.id}`, {
      mailto: "me@example.org",
      openalexKey: "k1",
    });
    expect(result.partial).toBeUndefined();
    expect(result.papers).toHaveLength(OWNER_WORKS);
    // Three list pages (200, 5, then the empty last one), one of them refused once with a 429.
    const pages = server.log.filter((l) => l.startsWith("/openalex/works?"));
    expect(pages).toHaveLength(4);
    expect(
      pages.every(
        (l) =>
          l.includes("per-page=200") &&
          l.includes("mailto=me%40example.org") &&
          l.includes("api_key=k1"),
      ),
    ).toBe(true);
    expect(sleeps).toContain(1000); // Retry-After: 1
    // Work 3 fetched singly (a 500 first, then its 120 authors).
    expect(server.log.filter((l) => l.startsWith("/openalex/works/W4000000003"))).toHaveLength(2);
    const w3 = result.papers.find((p) => p.title === "Test work 3")!;
    expect(w3.authors).toHaveLength(BIG_BYLINE);
    const w7 = result.papers.find((p) => p.title === "Test work 7")!;
    expect(w7.authors.map((a) => [a.name, a.key])).toEqual([
      ["Wei Zhang", `openalex:${OWNER.id}`],
      ["Wei Zhang", `openalex:${NAMESAKE.id}`],
      ["Hana Sato", "openalex:A5100000007"],
    ]);
    expect(w7.authors[1].ids).toEqual({ openalex: NAMESAKE.id, orcid: NAMESAKE.orcid });
    expect(w7).toMatchObject({
      year: 2007,
      venue: "Journal of Tests",
      doi: "10.5555/test.7",
      citations: 7,
    });
    expect(result.owner).toMatchObject({ name: "Wei Zhang", key: `openalex:${OWNER.id}` });
    const corpus = buildCorpus([result]);
    // Owner, its namesake, 10 coauthors and the 119 other members of work 3.
    expect(corpus.authors).toHaveLength(1 + 1 + 10 + BIG_BYLINE - 1);
    expect(
      corpus.authors.filter((a) => withoutDisambiguation(a.name) === "Wei Zhang"),
    ).toHaveLength(2);
  });

  it("keeps the works before a malformed page, and says the result is partial", async () => {
    const result = await fetchSpec("openalex:A5000000009");
    expect(result.papers).toHaveLength(2);
    expect(result.partial).toMatch(/stopped after 2 of 3 works: .*not JSON/);
    expect(result.warnings.some((w) => w.message.startsWith("partial result"))).toBe(true);
  });

  it("tells an author without works from no such author", async () => {
    const none = await fetchSpec("openalex:A5000000003");
    expect(none.papers).toEqual([]);
    expect(none.warnings.map((w) => w.message)).toContain(
      "OpenAlex lists no works for this author",
    );
    await expect(fetchSpec("openalex:A5000000404")).rejects.toMatchObject({
      kind: "not-found",
      status: 404,
    });
  });

  it("reports a refused key as an auth error, without the key in the message", async () => {
    const error = (await fetchSpec(`openalex:${OWNER.id}`, { openalexKey: "bad" }).catch(
      (e: unknown) => e,
    )) as SourceError;
    expect(error).toBeInstanceOf(SourceError);
    expect(error.kind).toBe("auth");
    expect(error.message).toMatch(/HTTP 401.*API key/);
    expect(`${error.message} ${error.url}`).not.toContain("bad");
  });

  it("searches authors: two people with one name, told apart by institution", async () => {
    const found = await searchAuthors("openalex", "Wei Zhang", clients(), config());
    expect(found).toEqual([
      {
        service: "openalex",
        id: OWNER.id,
        name: "Wei Zhang",
        detail: "Tsinghua University",
        works: OWNER_WORKS,
        orcid: OWNER.orcid,
      },
      {
        service: "openalex",
        id: NAMESAKE.id,
        name: "Wei Zhang",
        detail: "University of Toronto",
        works: 12,
        orcid: NAMESAKE.orcid,
      },
    ]);
    expect(await searchAuthors("openalex", "nobody", clients(), config())).toEqual([]);
  });
});

describe("dblp person", () => {
  it("keys authors by pid: homonyms apart, numbers out of the names, after a 429", async () => {
    const result = await fetchSpec("dblp:95/7448-1");
    expect(sleeps).toEqual([1000]);
    expect(result.papers).toHaveLength(4);
    expect(result.owner).toMatchObject({ name: "Di Xu", key: "dblp:95/7448-1" });
    const logo = result.papers.find((p) => p.title.startsWith("Logo insertion"))!;
    expect(logo.authors.map((a) => [a.name, a.key])).toEqual([
      ["Di Xu", "dblp:95/7448-1"],
      ["Di Xu", "dblp:95/7448"],
      ["Panos Nasiopoulos", "dblp:55/3871"],
    ]);
    const tvcg = result.papers.find((p) => p.doi === "10.1109/TVCG.2010.63")!;
    expect(tvcg.authors[0].ids).toEqual({ dblp: "95/7448-1", orcid: "0000-0002-0613-2229" });
    expect(result.warnings.map((w) => w.message)).toContain(
      "dblp lists 1 other person with this name, kept apart: Di Xu (95/7448)",
    );
    const corpus = buildCorpus([result]);
    expect(corpus.authors.map((a) => withoutDisambiguation(a.name)).sort()).toEqual([
      "Colin Doutre",
      "Di Xu",
      "Di Xu",
      "Lino Coria-Mendoza",
      "Panos Nasiopoulos",
    ]);
  });

  it("searches persons: the homonym number becomes detail", async () => {
    const found = await searchAuthors("dblp", "di xu", clients(), config());
    expect(found).toEqual([
      {
        service: "dblp",
        id: "95/7448-1",
        name: "Di Xu",
        detail:
          "dblp 0001 · University of British Columbia, Department of Electrical and Computer Engineering, Canada",
      },
      { service: "dblp", id: "95/7448", name: "Di Xu" },
    ]);
    expect(await searchAuthors("dblp", "zz", clients(), config())).toEqual([]);
  });

  it("fails with not-found for an unknown pid", async () => {
    await expect(fetchSpec("dblp:00/0000")).rejects.toMatchObject({ kind: "not-found" });
  });
});

describe("ORCID and Crossref", () => {
  it("reads an ORCID record's DOIs, OpenAlex first, Crossref for the rest, one owner", async () => {
    const result = await fetchSpec("orcid:0000-0002-1825-0097");
    expect(server.log).toContain(
      "/openalex/works?filter=doi%3A10.1145%2F3290605.3300233%7C10.5555%2Fonly.in.crossref&per-page=50",
    );
    expect(result.papers.map((p) => p.title)).toEqual([
      "Sample work found in OpenAlex",
      "Sample work only Crossref has",
    ]);
    expect(result.owner).toMatchObject({ name: "Josiah Carberry", key: "openalex:A5023888391" });
    // The Crossref byline's Carberry carries the same ORCID: the same author.
    expect(result.papers[1].authors.map((a) => a.key)).toEqual([
      "openalex:A5023888391",
      "jane roe",
    ]);
    expect(result.papers[1]).toMatchObject({
      year: 2020,
      venue: "Journal of Examples",
      citations: 7,
    });
    expect(result.warnings.map((w) => w.message)).toContain(
      "1 works without a DOI skipped (no byline to read)",
    );
  });

  it("fetches a DOI list from Crossref, naming the DOIs it does not know", async () => {
    const result = await fetchSpec("doi:10.5555/only.in.crossref,10.5555/missing");
    expect(result.papers).toHaveLength(1);
    expect(result.papers[0].authors.map((a) => a.name)).toEqual(["Josiah Carberry", "Jane Roe"]);
    expect(result.warnings.map((w) => w.message)).toContain(
      "Crossref does not know 10.5555/missing",
    );
    await expect(fetchSpec("doi:10.5555/missing")).rejects.toMatchObject({ kind: "not-found" });
  });

  it("answers offline when nothing listens", async () => {
    const offline = { ...config(), urls: { ...config().urls, crossref: "http://127.0.0.1:9" } };
    await expect(
      fetchSource(parseSourceSpec("doi:10.5555/x")!, clients(), { config: offline }),
    ).rejects.toMatchObject({ kind: "offline" });
  });
});
