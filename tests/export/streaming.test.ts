// Streamed writers: the same text as the one-string contract, produced record by record into a slow sink.
import { describe, expect, it } from "vitest";
import { joinChunks, pumpChunks } from "../../src/export/chunk-sink.ts";
import {
  authorsCsv,
  authorsCsvChunks,
  edgesCsv,
  edgesCsvChunks,
} from "../../src/export/csv-tables.ts";
import { gexfChunks, writeGexf } from "../../src/export/gexf.ts";
import { graphmlChunks, writeGraphml } from "../../src/export/graphml.ts";
import type { Report, ReportSource } from "../../src/export/json-report.ts";
import { reportJsonChunks } from "../../src/export/json-stream.ts";
import { sampleReport } from "./fixtures.ts";

/** A report of `n` authors in a chain: n − 1 edges, one paper per edge. */
function chainReport(n: number): Report {
  const base = sampleReport();
  const author = base.authors[0];
  const authors = Array.from({ length: n }, (_, i) => ({ ...author, id: `a${i}`, name: `A ${i}` }));
  const papers = Array.from({ length: n - 1 }, (_, i) => ({
    id: `p${i + 1}`,
    title: `Paper <${i}>`,
    year: 2000 + (i % 20),
    venue: i % 2 ? "V" : null,
    authors: [`a${i}`, `a${i + 1}`],
  }));
  const edges = papers.map((p, i) => ({
    source: `a${i}`,
    target: `a${i + 1}`,
    weight: 1,
    papers: [p.id],
    firstYear: p.year,
    lastYear: p.year,
  }));
  return { ...base, authors, papers, edges };
}

/** The same report with every list produced on demand by a re-startable generator. */
function generated(report: Report): ReportSource {
  const lazy = <T>(items: T[]): Iterable<T> => ({
    *[Symbol.iterator]() {
      for (const item of items) yield item;
    },
  });
  return {
    summary: report.summary,
    authors: lazy(report.authors),
    papers: lazy(report.papers),
    edges: lazy(report.edges),
    warnings: lazy(report.warnings),
  };
}

describe("reportJsonChunks", () => {
  it("writes exactly JSON.stringify(report, null, 2) plus a newline", () => {
    for (const report of [sampleReport(), chainReport(50)])
      expect(joinChunks(reportJsonChunks(report))).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });

  it("writes empty lists, warnings, null and non-finite numbers as JSON.stringify does", () => {
    const report = sampleReport();
    report.authors[0].closeness = NaN;
    report.authors[1].pagerank = Infinity;
    const empty = {
      ...report,
      papers: [],
      edges: [],
      warnings: [{ file: "a\nb", line: 3, message: '"x"' }],
    };
    expect(joinChunks(reportJsonChunks(empty))).toBe(`${JSON.stringify(empty, null, 2)}\n`);
    const parsed = JSON.parse(joinChunks(reportJsonChunks(empty)));
    expect(parsed.authors[0].closeness).toBeNull();
    expect(parsed.warnings[0].file).toBe("a\nb");
  });

  it("gives the same text from lists generated on demand", () => {
    const report = chainReport(20);
    expect(joinChunks(reportJsonChunks(generated(report)))).toBe(
      joinChunks(reportJsonChunks(report)),
    );
  });
});

describe("streamed CSV, GEXF and GraphML", () => {
  const report = chainReport(200);
  it("match the one-string writers, also from generated lists", () => {
    const source = generated(report);
    expect(joinChunks(authorsCsvChunks(source))).toBe(authorsCsv(report));
    expect(joinChunks(edgesCsvChunks(source))).toBe(edgesCsv(report));
    expect(joinChunks(gexfChunks(source, { version: "1.3" }))).toBe(
      writeGexf(report, { version: "1.3" }),
    );
    expect(joinChunks(graphmlChunks(source))).toBe(writeGraphml(report));
  });

  it("yield one record at a time: no piece holds more than one author or edge", () => {
    for (const pieces of [
      [...authorsCsvChunks(report)],
      [...edgesCsvChunks(report)],
      [...gexfChunks(report)],
      [...graphmlChunks(report)],
      [...reportJsonChunks(report)],
    ]) {
      expect(pieces.length).toBeGreaterThan(report.edges.length);
      // The longest record here (a GEXF header line or one JSON author) is well under 1000 characters.
      expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(1000);
    }
  });
});

describe("pumpChunks", () => {
  it("hands an async sink chunks in order, one at a time, each about chunkChars long", async () => {
    const report = chainReport(300);
    const chunks: string[] = [];
    let busy = false;
    await pumpChunks(
      reportJsonChunks(report),
      async (chunk) => {
        expect(busy).toBe(false);
        busy = true;
        await new Promise((resolve) => setTimeout(resolve, 0));
        chunks.push(chunk);
        busy = false;
      },
      { chunkChars: 4096 },
    );
    expect(chunks.join("")).toBe(`${JSON.stringify(report, null, 2)}\n`);
    expect(chunks.length).toBeGreaterThan(10);
    for (const chunk of chunks.slice(0, -1)) {
      expect(chunk.length).toBeGreaterThanOrEqual(4096);
      expect(chunk.length).toBeLessThan(4096 + 1000);
    }
  });

  it("writes nothing for nothing", async () => {
    const chunks: string[] = [];
    await pumpChunks([], (c) => void chunks.push(c));
    expect(chunks).toEqual([]);
  });
});
