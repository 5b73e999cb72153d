// `--format edges-parquet|edges-csv` read back by DuckDB: degrees, strengths and pair counts by SQL against our report.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate-corpus.ts";
import { main } from "../../src/cli/main.ts";
import type { Report } from "../../src/export/json-report.ts";

const dir = mkdtempSync(join(tmpdir(), "coauthor-atlas-engine-"));
const CORPUS = join(dir, "field.txt");

async function run(...args: string[]): Promise<string> {
  let out = "";
  let err = "";
  const code = await main(["analyze", CORPUS, ...args], {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
  });
  expect(err).toBe("");
  expect(code).toBe(0);
  return out;
}

let report: Report;
let instance: DuckDBInstance;
let db: DuckDBConnection;
beforeAll(async () => {
  writeFileSync(CORPUS, generateCorpus({ papers: 4000, seed: 11 }));
  report = JSON.parse(await run("--format", "json")) as Report;
  await run("--format", "edges-parquet", "--out", join(dir, "field.parquet"));
  await run("--format", "edges-csv", "--out", join(dir, "field"));
  instance = await DuckDBInstance.create(":memory:");
  db = await instance.connect();
});
afterAll(() => {
  db?.closeSync();
  instance?.closeSync();
});

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  return (await db.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
}

describe.each([
  ["parquet", (t: string) => `read_parquet('${join(dir, `field-${t}.parquet`)}')`],
  ["csv", (t: string) => `read_csv('${join(dir, `field-${t}.csv`)}', header = true)`],
])("edges-%s read back with DuckDB", (_format, table) => {
  it("has one row per author and per coauthor pair, no pair twice", async () => {
    const [counts] = await rows(
      `SELECT (SELECT count(*) FROM ${table("authors")}) AS authors,
              count(*) AS edges,
              count(DISTINCT (least(src, dst), greatest(src, dst))) AS pairs,
              sum(papers) AS occurrences
       FROM ${table("edges")}`,
    );
    expect(report.summary.coauthorships).toBeGreaterThan(1000);
    expect(Number(counts.authors)).toBe(report.summary.authors);
    expect(Number(counts.edges)).toBe(report.summary.coauthorships);
    expect(Number(counts.pairs)).toBe(report.summary.coauthorships);
    expect(Number(counts.occurrences)).toBe(
      report.edges.reduce((sum, e) => sum + e.papers.length, 0),
    );
  });

  it("gives every author our degree, strength and paper count by SQL", async () => {
    const byKey = await rows(
      `WITH ends AS (SELECT src AS id, weight FROM ${table("edges")}
                     UNION ALL SELECT dst AS id, weight FROM ${table("edges")})
       SELECT a.key, a.name, a.papers, count(ends.id) AS degree, coalesce(sum(ends.weight), 0) AS strength
       FROM ${table("authors")} a LEFT JOIN ends ON ends.id = a.id
       GROUP BY a.key, a.name, a.papers`,
    );
    const ours = new Map(report.authors.map((a) => [a.id, a]));
    expect(byKey).toHaveLength(report.authors.length);
    for (const row of byKey) {
      const a = ours.get(String(row.key))!;
      expect(row.name).toBe(a.name);
      expect(Number(row.papers)).toBe(a.papers);
      expect(Number(row.degree)).toBe(a.coauthors);
      expect(Number(row.strength)).toBeCloseTo(a.strength, 9);
    }
  });
});

describe("edges-parquet", () => {
  it("declares integer ids, double weights", async () => {
    const schema = await rows(
      `SELECT name, type FROM parquet_schema('${join(dir, "field-edges.parquet")}') WHERE name <> 'duckdb_schema'`,
    );
    expect(schema.map((r) => [r.name, r.type])).toEqual([
      ["src", "INT32"],
      ["dst", "INT32"],
      ["weight", "DOUBLE"],
      ["papers", "INT32"],
    ]);
  });
});
