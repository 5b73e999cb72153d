import { describe, expect, it } from "vitest";
import { createWarningLog } from "../../src/parse/warning-log.ts";

describe("createWarningLog", () => {
  it("keeps uncapped warnings and caps each kind, summarizing the rest at the first dropped line", () => {
    const log = createWarningLog("f.bib", { maxPerKind: 2 });
    log.add(1, "a");
    for (let line = 10; line < 15; line++) log.add(line, `bad year at ${line}`, "year");
    log.add(20, "b");
    log.add(21, "bad venue", "venue");
    expect(log.finish()).toEqual([
      { file: "f.bib", line: 1, message: "a" },
      { file: "f.bib", line: 10, message: "bad year at 10" },
      { file: "f.bib", line: 11, message: "bad year at 11" },
      { file: "f.bib", line: 20, message: "b" },
      { file: "f.bib", line: 21, message: "bad venue" },
      {
        file: "f.bib",
        line: 12,
        message: "…and 3 more warnings of this kind (year) from this line on",
      },
    ]);
  });

  it("caps warnings without a kind too", () => {
    const log = createWarningLog("f.bib", { maxUnkinded: 3 });
    for (let line = 1; line <= 1000; line++) log.add(line, `problem ${line}`);
    const out = log.finish();
    expect(out.map((w) => w.line)).toEqual([1, 2, 3, 4]);
    expect(out[3].message).toBe("…and 997 more warnings from this line on");
  });

  it("summarizes records without authors and placeholders in one warning each, with the first lines", () => {
    const log = createWarningLog("f.bib", { summaryLines: 3 });
    for (const line of [4, 9, 12, 30])
      log.add(line, `entry at ${line} has no authors`, "no authors");
    log.add(5, 'placeholder author "Anonymous" dropped', "placeholder author");
    log.add(7, 'placeholder authors "N. N.", "Anonymous" dropped', "placeholder author");
    expect(log.finish()).toEqual([
      {
        file: "f.bib",
        line: 4,
        message:
          "4 records without authors left out (not part of the coauthor network): lines 4, 9, 12, …",
      },
      {
        file: "f.bib",
        line: 5,
        message: '3 placeholder authors dropped ("Anonymous" ×2, "N. N."): lines 5, 7',
      },
    ]);
  });

  it("makes every message one printable line", () => {
    const log = createWarningLog("f.json");
    log.add(2, 'bad value "a\nb\u001b[31mred\u0000"');
    log.add(3, "x".repeat(5000));
    const [first, second] = log.finish();
    expect(first.message).toBe('bad value "a\\nb\\x1B[31mred\\x00"');
    expect(second.message).toHaveLength(1001);
  });
});
