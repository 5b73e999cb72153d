// Tests of author search: folding, ranking and exact resolution.
import { describe, expect, it } from "vitest";
import { createSearchIndex, resolveAuthor, searchAuthors } from "../../src/view/search-index.ts";

const index = createSearchIndex([
  { id: "rui liu", name: "Rui Liu", score: 0.3 },
  { id: "ling liu", name: "Ling Liu", score: 0.2 },
  { id: "guozhi liu", name: "Guozhi Liu", score: 0.1 },
  { id: "jeremie dona", name: "Jérémie Dona", variants: ["Jérémie DONA"], score: 0.05 },
  { id: "li shen", name: "Li Shen", score: 0.4 },
]);
const names = (query: string) => searchAuthors(index, query).map((hit) => hit.name);

describe("searchAuthors", () => {
  it("ranks an exact name first whatever the case", () => {
    expect(names("ling liu")[0]).toBe("Ling Liu");
    expect(names("LING LIU")[0]).toBe("Ling Liu");
  });

  it("ignores accents both ways", () => {
    expect(names("jeremie")).toEqual(["Jérémie Dona"]);
    expect(names("Jérémie")).toEqual(["Jérémie Dona"]);
  });

  it("orders prefix, then word-prefix, then substring matches; score breaks ties", () => {
    // "li": prefix of "li shen" and "ling liu"; word prefix of the other Lius.
    expect(names("li")).toEqual(["Li Shen", "Ling Liu", "Rui Liu", "Guozhi Liu"]);
    expect(names("liu ling")).toEqual(["Ling Liu"]);
    expect(names("hen")).toEqual(["Li Shen"]);
  });

  it("carries the note shown next to a suggestion", () => {
    const noted = createSearchIndex([{ id: "a", name: "Ada", score: 1, detail: "7 papers" }]);
    expect(searchAuthors(noted, "ada")).toEqual([
      { id: "a", name: "Ada", score: 1, detail: "7 papers" },
    ]);
  });

  it("returns nothing for an empty query and respects the limit", () => {
    expect(names("  ")).toEqual([]);
    expect(searchAuthors(index, "liu", 2).length).toBe(2);
  });
});

describe("resolveAuthor", () => {
  it("finds ids and displayed names, ignoring case and accents, and never guesses", () => {
    expect(resolveAuthor(index, "ling liu")).toBe("ling liu");
    expect(resolveAuthor(index, "Ling Liu")).toBe("ling liu");
    expect(resolveAuthor(index, "JEREMIE DONA")).toBe("jeremie dona");
    expect(resolveAuthor(index, "Liu")).toBeUndefined();
  });
});
