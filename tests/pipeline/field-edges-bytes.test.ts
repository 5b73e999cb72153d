// The edges section as bytes: the same bytes as the section's text, whatever the piece size.
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate-corpus.ts";
import { corpusOf } from "../../src/analysis/analyze.ts";
import { joinChunks } from "../../src/export/chunk-sink.ts";
import type { Corpus } from "../../src/model/types.ts";
import { edgesSectionBytes } from "../../src/pipeline/field-edges-bytes.ts";
import { edgeJsonInput } from "../../src/pipeline/field-edges-json.ts";
import { edgesSectionChunks } from "../../src/pipeline/field-json.ts";
import { buildFieldNetwork } from "../../src/pipeline/field-network.ts";
import type { ProjectionOptions } from "../../src/graph/coauthor-graph.ts";

/** The section as text, and as the bytes' pieces decoded, at a piece size. */
function both(corpus: Corpus, chunkBytes: number, projection: Partial<ProjectionOptions> = {}) {
  const network = buildFieldNetwork(corpus, projection);
  const quotedIds = network.ids.map((id) => JSON.stringify(id));
  const quotedPapers = corpus.papers.map((p) => JSON.stringify(p.id));
  const input = edgeJsonInput(corpus, network, quotedIds, quotedPapers);
  const text = joinChunks(edgesSectionChunks(input));
  const pieces = [
    ...edgesSectionBytes(
      { ...input, quotedIds: quotedIds.join("\n"), quotedPapers: quotedPapers.join("\n") },
      chunkBytes,
    ),
  ];
  return { text, bytes: Buffer.concat(pieces).toString("utf8"), pieces, network };
}

const generated = corpusOf([{ name: "gen.txt", text: generateCorpus({ papers: 800, seed: 3 }) }]);

describe("edgesSectionBytes", () => {
  it("writes a generated corpus's section byte for byte, in pieces of about the size asked", () => {
    const { text, bytes, pieces, network } = both(generated, 4096);
    expect(network.edgeSource.length).toBeGreaterThan(1000);
    expect(bytes).toBe(text);
    expect(pieces.length).toBeGreaterThan(10);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(4096);
  });

  it("with fractional weights, a piece smaller than one edge, and one piece for all", () => {
    const fractional = both(generated, 16, { counting: "fractional" });
    expect(fractional.text).toMatch(/"weight": 0\.\d+/);
    expect(fractional.bytes).toBe(fractional.text);
    const whole = both(generated, 1 << 24);
    expect(whole.pieces.length).toBe(1);
    expect(whole.bytes).toBe(whole.text);
  });

  it("with undated papers, link-only edges, non-ASCII and escaped ids, and no edges", () => {
    const base = corpusOf([
      {
        name: "a.txt",
        text: 'Ødegård, Åsa\nA "quoted" title\nØdegård, Åsa, Lee, Bo "B", 李, 娜\nAn abstract.\n',
      },
    ]);
    expect(base.papers[0].year).toBeUndefined();
    const linked: Corpus = {
      ...base,
      links: [{ source: base.authors[0].id, target: base.authors[1].id, weight: 1234567 }],
      authors: [...base.authors, { id: 'x\\"\u2028', name: "X", variants: [] }],
    };
    linked.links.push({ source: base.authors[2].id, target: 'x\\"\u2028', weight: 2 });
    const { text, bytes } = both(linked, 64);
    expect(text).toContain('"papers": []');
    expect(text).toContain('"firstYear": null');
    expect(bytes).toBe(text);
    const none = both({ ...base, papers: [] }, 64);
    expect(none.text).toBe('  "edges": [],\n');
    expect(none.bytes).toBe(none.text);
  });
});
