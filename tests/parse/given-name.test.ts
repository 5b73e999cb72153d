// Given names spelled out in one-case network labels (`SMITH, JOHN`) versus initials run together (`RLPGD`).
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isPlausibleGivenName } from "../../src/parse/given-name.ts";
import { parseNetworkLabel } from "../../src/parse/network-label.ts";

const HEPTH = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "../../../shared/corpora/hep-th.gml",
);

describe("isPlausibleGivenName", () => {
  it.each(["JOHN", "MARY", "PETER", "CHRISTOPHER", "XIAOMING", "IAN", "WEI", "FRANK", "hans"])(
    "reads %s as a given name",
    (run) => expect(isPlausibleGivenName(run)).toBe(true),
  );
  it.each(["RLPGD", "MAD", "TGSV", "EMCD", "KKDEE", "AK", "G", "JMSD", "IBRMA", "CAAD"])(
    "reads %s as initials",
    (run) => expect(isPlausibleGivenName(run)).toBe(false),
  );
});

describe("parseNetworkLabel with spelled-out given names", () => {
  it("reads SMITH, JOHN as John Smith and keeps initials runs as initials", () => {
    expect(parseNetworkLabel("SMITH, JOHN")?.name).toBe("John Smith");
    expect(parseNetworkLabel("smith, john")?.name).toBe("John Smith");
    expect(parseNetworkLabel("ANDRADE, MAD")?.name).toBe("M. A. D. Andrade");
    expect(parseNetworkLabel("GAO, RLPGD")?.name).toBe("R. L. P. G. D. Gao");
  });

  it.skipIf(!existsSync(HEPTH))("reads nearly all of hep-th.gml's given parts as initials", () => {
    const labels = [...readFileSync(HEPTH, "latin1").matchAll(/label\s+"([^"]*)"/g)].map(
      (m) => m[1],
    );
    expect(labels).toHaveLength(8361);
    const runs = labels
      .map((l) => l.split(",")[1]?.trim() ?? "")
      .filter((g) => /^[A-Z]{3,}$/.test(g));
    // 326 runs of three or more letters (counted by hand with a regex in python); four happen to read as given names.
    expect(runs).toHaveLength(326);
    expect(runs.filter(isPlausibleGivenName)).toEqual(["ALMA", "ALMIL", "ASID", "IPCE"]);
    expect(parseNetworkLabel("HEMMING, RLPGD")?.name).toBe("R. L. P. G. D. Hemming");
  });
});
