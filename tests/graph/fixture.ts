// A hand-made corpus for the graph tests: seven authors, six papers, two components.
import type { Corpus, Paper } from "../../src/model/types.ts";

const paper = (id: string, authors: string[], year?: number): Paper => ({
  id,
  title: `Paper ${id}`,
  authors,
  year,
  file: "fixture.txt",
  line: 1,
});

/**
 * p1 (2019) A B C · p2 (2020) A B · p3 (2021) C D · p4 (2022) D E · p5 (no year) F G · p6 (2020) A.
 * Edges: A–B (p1, p2), A–C (p1), B–C (p1), C–D (p3), D–E (p4), F–G (p5).
 */
export const FIXTURE: Corpus = {
  papers: [
    paper("p1", ["A", "B", "C"], 2019),
    paper("p2", ["A", "B"], 2020),
    paper("p3", ["C", "D"], 2021),
    paper("p4", ["D", "E"], 2022),
    paper("p5", ["F", "G"]),
    paper("p6", ["A"], 2020),
  ],
  authors: ["A", "B", "C", "D", "E", "F", "G"].map((id) => ({ id, name: id, variants: [] })),
  links: [],
  owners: ["A"],
  files: [{ file: "fixture.txt", format: "profile" }],
  warnings: [],
};
