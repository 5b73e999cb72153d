// foldText's fast path against the original character-by-character folding, on every real name and title.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../src/metrics/mulberry32.ts";
import { detectFormat, parseFile } from "../../src/parse/detect.ts";
import { foldText } from "../../src/parse/names.ts";

const CORPORA = resolve(dirname(fileURLToPath(import.meta.url)), "../../../shared/corpora");
const present = existsSync(CORPORA);
if (!present) console.log(`skipping the corpora part of fold-text tests: ${CORPORA} is absent`);

/** The folding as first written (before the fast path): the reference. */
const FOLD_LETTERS: Record<string, string> = {
  ø: "o",
  ł: "l",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
  ȷ: "j",
  ŋ: "n",
  ħ: "h",
};
function referenceFold(text: string): string {
  const lower = text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
  let out = "";
  for (const ch of lower) out += FOLD_LETTERS[ch] ?? ch;
  return out
    .replace(/['’‘ʼ`´]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const decode = (bytes: Uint8Array): string => {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("latin1").decode(bytes);
  }
};

describe("foldText", () => {
  it("folds like the reference on hand-picked hard cases", () => {
    const cases = [
      "",
      "  D.E. Porter ",
      "O'Brien-Smith",
      "Jean{-}Jacques  Ribeiro, Jr",
      "İstanbul ĪŌ Ǆ ǅ ﬁ",
      "Łukasz Ødegård Straße Æsir Œuvre Đorđe Þór ıȷ Ŋ Ħ",
      "H³Fusion: Helpful, Harmless",
      "Zoë Ångström ’t Hooft ʼ´`",
      "\u0000tab\there\u212a\u212b",
      "中文 名字 한국어 العربية",
      "a\uD800b", // a lone surrogate
      "😀 Emoji 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    ];
    for (const c of cases) expect(foldText(c), JSON.stringify(c)).toBe(referenceFold(c));
  });

  it("folds like the reference on seeded random strings over a mixed alphabet", () => {
    const alphabet = [..."aZ09 .,-'`’´_éÉøØßÆœłŁıİ\u0301\u0308ǅﬁ³½中😀\t"];
    const rng = mulberry32(7);
    for (let k = 0; k < 2000; k++) {
      let s = "";
      const n = Math.floor(rng() * 12);
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(rng() * alphabet.length)];
      expect(foldText(s), JSON.stringify(s)).toBe(referenceFold(s));
    }
  });

  it.skipIf(!present)("folds like the reference on every name and title of the corpora", () => {
    const strings = new Set<string>();
    for (const file of readdirSync(CORPORA)) {
      if (file.endsWith(".md")) continue;
      const text = decode(readFileSync(resolve(CORPORA, file)));
      if (detectFormat(text, file) === null) {
        console.log(`fold-text: skipping ${file}: no parser reads its format yet`);
        continue;
      }
      const result = parseFile(text, file);
      for (const p of result.papers) {
        strings.add(p.title);
        for (const a of p.authors) strings.add(a.name);
      }
      for (const a of result.authors ?? []) strings.add(a.name);
      for (const l of result.links ?? []) strings.add(l.source.name).add(l.target.name);
    }
    expect(strings.size).toBeGreaterThan(10_000);
    const differ = [...strings].filter((s) => foldText(s) !== referenceFold(s));
    expect(differ).toEqual([]);
  });
});
