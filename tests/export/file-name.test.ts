import { describe, expect, it } from "vitest";
import { exportFileName, isoDate, slugify } from "../../src/export/file-name.ts";

describe("exportFileName", () => {
  const date = new Date(2026, 4, 1, 23, 59);

  it("says what and when", () => {
    expect(exportFileName("huang-tiansheng.txt", date, "svg")).toBe(
      "coauthors-huang-tiansheng-2026-05-01.svg",
    );
    expect(exportFileName("huang-tiansheng", date, "csv", "authors")).toBe(
      "coauthors-huang-tiansheng-2026-05-01-authors.csv",
    );
  });

  it("folds accents and punctuation into a safe slug", () => {
    expect(slugify("Zoë Ünal & co / ../etc.bib")).toBe("zoe-unal-co-etc");
    expect(slugify("???")).toBe("dataset");
    expect(isoDate(new Date(2026, 0, 9))).toBe("2026-01-09");
  });
});
