import { describe, expect, it } from "vitest";
import { createWarningLog } from "../../src/parse/warning-log.ts";

describe("createWarningLog", () => {
  it("keeps uncapped warnings and caps each kind, summarizing the rest at the first dropped line", () => {
    const log = createWarningLog("f.bib", { maxPerKind: 2 });
    log.add(1, "a");
    for (let line = 10; line < 15; line++) log.add(line, `no authors at ${line}`, "no authors");
    log.add(20, "b");
    log.add(21, "bad year", "year");
    expect(log.finish()).toEqual([
      { file: "f.bib", line: 1, message: "a" },
      { file: "f.bib", line: 10, message: "no authors at 10" },
      { file: "f.bib", line: 11, message: "no authors at 11" },
      { file: "f.bib", line: 20, message: "b" },
      { file: "f.bib", line: 21, message: "bad year" },
      {
        file: "f.bib",
        line: 12,
        message: "…and 3 more warnings of this kind (no authors) from this line on",
      },
    ]);
  });
});
