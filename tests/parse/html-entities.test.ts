import { describe, expect, it } from "vitest";
import { decodeEntities, HTML_ENTITIES } from "../../src/parse/html-entities.ts";

describe("HTML entities", () => {
  it("maps the 96 Latin-1 names to U+00A0…U+00FF", () => {
    expect(HTML_ENTITIES.nbsp).toBe("\u00A0");
    expect(HTML_ENTITIES.Uuml).toBe("Ü");
    expect(HTML_ENTITIES.szlig).toBe("ß");
    expect(HTML_ENTITIES.yuml).toBe("\u00FF");
  });

  it("decodes named, decimal and hex references and leaves unknown names", () => {
    expect(decodeEntities("J&uuml;rgen &amp; &#233;&#xE9; &Scaron; &bogus; &#0;")).toBe(
      "Jürgen & éé Š &bogus; &#0;",
    );
  });
});
