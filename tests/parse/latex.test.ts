// Tests for decodeLatex: accents in every bracing, letters, escapes, dashes, commands, math.
import { describe, expect, it } from "vitest";
import { decodeLatex, decodeLatexMarkup } from "../../src/parse/latex.ts";

describe("decodeLatex", () => {
  it.each([
    ['{\\"u}', "ü"],
    ['\\"u', "ü"],
    ['\\"{u}', "ü"],
    ["{\\c{C}}etintemel", "Çetintemel"],
    ["{\\c C}", "Ç"],
    ["Ab{\\'\\i}o", "Abío"],
    ["Mart{\\'{\\i}}n", "Martín"],
    ["{\\'E}. Gr{\\'e}goire", "É. Grégoire"],
    ["Pe\\~na", "Peña"],
    ["\\v{S}koda \\v{s}", "Škoda š"],
    ["Erd\\H{o}s", "Erdős"],
    ["\\k{a}\\u{g}\\={a}\\.{z}\\r{u}\\`a\\^o", "ąğāżůàô"],
    ["Stra\\ss e", "Straße"],
    ["\\ss{}", "ß"],
    ["S{\\o}ren", "Søren"],
    ["\\O", "Ø"],
    ["{\\l}{\\L}", "łŁ"],
    ['\\aa ngstr\\"om {\\AA}', "ångström Å"],
    ["\\ae\\AE\\oe", "æÆœ"],
  ])("decodes accents and letters: %s", (input, expected) => {
    expect(decodeLatex(input)).toBe(expected);
  });

  it("returns NFC (composed) characters", () => {
    const out = decodeLatex('M{\\"u}ller');
    expect(out).toBe("Müller");
    expect(out.length).toBe(6);
    expect(out).toBe(out.normalize("NFC"));
  });

  it.each([
    ["pages 1--10", "pages 1–10"],
    ["yes---no", "yes—no"],
    ["Jean{-}Jacques", "Jean-Jacques"],
    ["A \\& B", "A & B"],
    ["5.51\\% better", "5.51% better"],
    ["snake\\_case", "snake_case"],
    ["costs \\$5", "costs $5"],
    ["costs $5", "costs $5"],
    ["W.~van der Aalst", "W. van der Aalst"],
    ["``quoted''", "“quoted”"],
    ["\\#1", "#1"],
  ])("decodes escapes and ligatures: %s", (input, expected) => {
    expect(decodeLatex(input)).toBe(expected);
  });

  it.each([
    ["\\textbf{it is reckless}", "it is reckless"],
    ["\\emph{x} and \\textit{y}", "x and y"],
    ["{\\em training data privacy intrusion} and", "training data privacy intrusion and"],
    ["\\textsc {Name}", "Name"],
    ["\\unknowncmd{kept}", "kept"],
    ["{\\bf bold} text", "bold text"],
    ["\\noopsort{1973}Smith", "Smith"],
    ["see \\url{https://x.org/~a--b_c}", "see https://x.org/~a--b_c"],
    ["\\href{https://x.org}{the site}", "the site"],
    ["{{The STREAM Group}}", "The STREAM Group"],
    ["L. {Fari{\\~n}as del Cerro}", "L. Fariñas del Cerro"],
    ["x\\-y\\/z", "xyz"],
    ["stray } and { braces", "stray and braces"],
    ["trailing backslash\\", "trailing backslash"],
    ["  multi \n  line\ttext  ", "multi line text"],
  ])("strips commands and braces: %s", (input, expected) => {
    expect(decodeLatex(input)).toBe(expected);
  });

  it.each([
    ["$H^3$Fusion", "H³Fusion"],
    ["$H^{3}$", "H³"],
    ["$x^{-1}$", "x⁻¹"],
    ["$x^{ab}$", "x^(ab)"],
    ["$W^T$", "W^T"],
    ["$x_{12}$", "x₁₂"],
    ["$\\alpha$-divergence", "α-divergence"],
    ["$\\Omega(n)$", "Ω(n)"],
    ["$11.37\\%$", "11.37%"],
    ["$3.9\\mathrm{x}$", "3.9x"],
    ["$\\mathcal{O}(n\\log n)$", "O(n log n)"],
    ["$N$ base LLMs", "N base LLMs"],
    ["$\\frac{1}{2}$", "1/2"],
    ["$a \\leq b \\times c$", "a ≤ b × c"],
    ["$$E=mc^2$$", "E=mc²"],
  ])("decodes simple math: %s", (input, expected) => {
    expect(decodeLatex(input)).toBe(expected);
  });

  it("never leaves braces or backslashes from name markup", () => {
    const inputs = [
      "{\\c{C}}etintemel",
      "Mart{\\'{\\i}}n",
      "{\\relax Ch}ristopher",
      '{\\"{\\i}}',
      "\\'{}",
      "\\",
      "{{{x}}}",
      "}{",
    ];
    for (const input of inputs) expect(decodeLatex(input)).not.toMatch(/[{}\\]/);
  });

  it("leaves plain text untouched apart from whitespace", () => {
    const text = "Safety Tax: Safety Alignment Makes Your Large Reasoning Models Less Reasonable";
    expect(decodeLatex(text)).toBe(text);
    expect(decodeLatex("O'Brien's model")).toBe("O'Brien's model");
  });
});

describe("decodeLatexMarkup (JSON and CSV text)", () => {
  it("decodes text that clearly holds LaTeX: inline math or a command", () => {
    expect(decodeLatexMarkup("$i$-Mix: A Domain-Agnostic Strategy")).toBe(
      "i-Mix: A Domain-Agnostic Strategy",
    );
    expect(decodeLatexMarkup("VA-RED$^2$: Video Adaptive Redundancy Reduction")).toBe(
      "VA-RED²: Video Adaptive Redundancy Reduction",
    );
    expect(decodeLatexMarkup("we \\emph{detect} layers")).toBe("we detect layers");
  });

  it("leaves other text as it is: tildes, double dashes, braces and lone dollars", () => {
    for (const text of ["see ~/data -- {raw}", "costs $5 or more", "a--b"])
      expect(decodeLatexMarkup(text)).toBe(text);
  });
});
