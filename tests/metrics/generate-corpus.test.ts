// The synthetic corpus generator (bench/generate-corpus.ts): seeded, well-formed, lab-structured.
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate-corpus.ts";

function records(text: string) {
  const lines = text.split("\n");
  expect(lines.at(-1)).toBe("");
  const papers: { title: string; authors: string[]; abstract: string }[] = [];
  for (let i = 1; i + 2 < lines.length; i += 3) {
    const parts = lines[i + 1].split(", ");
    expect(parts.length % 2).toBe(0);
    const authors: string[] = [];
    for (let k = 0; k < parts.length; k += 2) authors.push(`${parts[k]}, ${parts[k + 1]}`);
    papers.push({ title: lines[i], authors, abstract: lines[i + 2] });
  }
  return { owner: lines[0], papers };
}

describe("generateCorpus", () => {
  const text = generateCorpus({ papers: 2000, seed: 4 });
  const { owner, papers } = records(text);

  it("writes the profile format: owner line, then title / authors / abstract per paper", () => {
    expect(papers.length).toBe(2000);
    expect(owner).toMatch(/^[A-Z][a-z]+, [A-Z][a-z]+$/);
    for (const paper of papers) {
      expect(paper.title).toMatch(/^[A-Z].* \d+$/);
      expect(paper.abstract).toMatch(/^[A-Z].*\.$/);
      for (const name of paper.authors) expect(name).toMatch(/^[A-Z][a-z]+, [A-Z][a-z]+$/);
    }
  });

  it("has 2–8 distinct authors per paper and ~1 author per 3 papers", () => {
    const authors = new Set<string>();
    for (const paper of papers) {
      expect(new Set(paper.authors).size).toBe(paper.authors.length);
      expect(paper.authors.length).toBeGreaterThanOrEqual(2);
      expect(paper.authors.length).toBeLessThanOrEqual(8);
      for (const name of paper.authors) authors.add(name);
    }
    expect(authors.size).toBeGreaterThan(600);
    expect(authors.size).toBeLessThan(720);
    // Names are distinct after case folding, so identity keys cannot merge two of them.
    expect(new Set([...authors].map((a) => a.toLowerCase())).size).toBe(authors.size);
  });

  it("has power-law productivity: the busiest author is on far more papers than the median", () => {
    const count = new Map<string, number>();
    for (const paper of papers)
      for (const a of paper.authors) count.set(a, (count.get(a) ?? 0) + 1);
    const sorted = [...count.values()].sort((a, b) => b - a);
    expect(sorted[0]).toBeGreaterThan(10 * sorted[Math.floor(sorted.length / 2)]);
  });

  it("is deterministic for a seed and differs across seeds", () => {
    expect(generateCorpus({ papers: 2000, seed: 4 })).toBe(text);
    expect(generateCorpus({ papers: 2000, seed: 5 })).not.toBe(text);
  });

  it("rejects a non-positive paper count", () => {
    expect(() => generateCorpus({ papers: 0 })).toThrow(
      /coauthor-atlas\/bench: papers must be a positive integer/,
    );
  });
});
