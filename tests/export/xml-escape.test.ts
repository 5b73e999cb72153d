import { describe, expect, it } from "vitest";
import { escapeXml, formatNumber, stripInvalidXmlChars } from "../../src/export/xml-escape.ts";
import { parseStrictXml } from "./strict-xml.ts";

describe("escapeXml", () => {
  it("escapes the five XML specials", () => {
    expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe(
      "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;",
    );
  });

  it("keeps tab, LF and CR as character references and drops other controls", () => {
    expect(escapeXml("a\tb\nc\rd\u0000e\u0007f\u001Fg\uFFFEh")).toBe("a&#9;b&#10;c&#13;defgh");
  });

  it("drops unpaired surrogates and keeps pairs", () => {
    expect(stripInvalidXmlChars("x\uD800y\uDC00z\uD83D\uDE00")).toBe("xyz\uD83D\uDE00");
  });

  it("round-trips any string through an attribute and a text node", () => {
    const nasty = `<script>alert("x")</script> & 'q' \t\n\r Zoë \u0001`;
    const doc = parseStrictXml(`<r a="${escapeXml(nasty)}">${escapeXml(nasty)}</r>`);
    const root = doc.documentElement;
    const clean = nasty.replace("\u0001", "");
    expect(root.getAttribute("a")).toBe(clean);
    expect(root.textContent).toBe(clean);
  });
});

describe("formatNumber", () => {
  it("rounds, trims zeros and never writes -0, NaN or Infinity", () => {
    expect(formatNumber(1.23456)).toBe("1.23");
    expect(formatNumber(2.5, 3)).toBe("2.5");
    expect(formatNumber(-0.001)).toBe("0");
    expect(formatNumber(Number.NaN)).toBe("0");
    expect(formatNumber(Infinity)).toBe("0");
  });
});

describe("parseStrictXml (the test helper)", () => {
  it("rejects what an unescaped string would produce", () => {
    expect(() => parseStrictXml("<r>a & b</r>")).toThrow();
    expect(() => parseStrictXml('<r a="x < y"/>')).toThrow();
    expect(() => parseStrictXml("<r><b></r>")).toThrow();
  });
});
