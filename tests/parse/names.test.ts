// Tests for name splitting, display form, identity keys, placeholders and author lists.
import { describe, expect, it } from "vitest";
import {
  authorKey,
  displayName,
  isPlaceholderAuthor,
  parseName,
  splitAuthorList,
  splitLastFirst,
  stripHomonymNumber,
} from "../../src/parse/names.ts";

describe("splitLastFirst", () => {
  it("splits the comma forms and leaves First Last whole", () => {
    expect(splitLastFirst("Huang, Tiansheng")).toEqual({
      last: "Huang",
      first: "Tiansheng",
      jr: "",
    });
    expect(splitLastFirst("Ribeiro, Jr, José W.")).toEqual({
      last: "Ribeiro",
      jr: "Jr",
      first: "José W.",
    });
    expect(splitLastFirst("Tiansheng Huang")).toEqual({
      last: "",
      first: "Tiansheng Huang",
      jr: "",
    });
  });

  it("ignores commas inside braces", () => {
    expect(splitLastFirst("{Smith, Jones and Co}")).toEqual({
      last: "",
      first: "{Smith, Jones and Co}",
      jr: "",
    });
    expect(splitLastFirst("{Fari{\\~n}as del Cerro}, L.")).toEqual({
      last: "{Fari{\\~n}as del Cerro}",
      first: "L.",
      jr: "",
    });
  });
});

describe("displayName", () => {
  it("joins First Last Jr and collapses spaces", () => {
    expect(displayName({ first: " José  W. ", last: "Ribeiro", jr: "Jr" })).toBe(
      "José W. Ribeiro Jr",
    );
    expect(displayName({ first: "", last: "Liu", jr: "" })).toBe("Liu");
  });
});

describe("authorKey", () => {
  it("folds case, diacritics and punctuation", () => {
    expect(authorKey("Jana Novák")).toBe("jana novak");
    expect(authorKey("Jana Novak")).toBe("jana novak");
    expect(authorKey("Jean-Jacques Lévy")).toBe("jean jacques levy");
    expect(authorKey("Jean Jacques Levy")).toBe("jean jacques levy");
    expect(authorKey("D.E. Porter")).toBe("d e porter");
    expect(authorKey("D. E. Porter")).toBe("d e porter");
    expect(authorKey("Seán O’Brien")).toBe("sean obrien");
    expect(authorKey("Søren Łukasz Straße")).toBe("soren lukasz strasse");
    expect(authorKey("  Jérémie   DONA ")).toBe("jeremie dona");
  });
});

describe("parseName", () => {
  it("reads a one-word-each ASCII pair as the general path does (which two spaces force)", () => {
    // Particles, suffixes, initials and placeholder words among them.
    const words = [
      ["Lee", "ann", "CHEN", "Bo", "Others", "et", "Al", "Anonymous", "NN", "Unknown"],
      ["van", "De", "der", "von", "Le", "Mc", "O", "II", "Jr", "Sr", "anon", "No", "Author"],
    ].flat();
    let checked = 0;
    for (const last of words)
      for (const first of words) {
        const fast = parseName(`${last}, ${first}`);
        expect(fast, `${last}, ${first}`).toEqual(parseName(`${last},  ${first}`));
        if (fast !== null) checked++;
      }
    expect(parseName("Lee, Ann")).toEqual({ name: "Ann Lee", key: "ann lee" });
    // A placeholder stays no name: `et al.` written as a pair.
    expect(parseName("Et, Al")).toBeNull();
    expect(checked).toBeGreaterThan(300);
  });

  it("gives Novak and Novák one key", () => {
    const plain = parseName("Novak, Jana");
    const accented = parseName("Novák, Jana");
    expect(plain).toEqual({ name: "Jana Novak", key: "jana novak" });
    expect(accented).toEqual({ name: "Jana Novák", key: "jana novak" });
  });

  it("keeps particles and suffixes in the display name", () => {
    expect(parseName("van der Aalst, Wil")).toEqual({
      name: "Wil van der Aalst",
      key: "wil van der aalst",
    });
    expect(parseName("Ribeiro, Jr, José W.")).toEqual({
      name: "José W. Ribeiro Jr",
      key: "jose w ribeiro jr",
    });
    expect(parseName("de Melo, Tomaz")?.name).toBe("Tomaz de Melo");
  });

  it("reads First Last without a comma", () => {
    expect(parseName("Tiansheng Huang")).toEqual({
      name: "Tiansheng Huang",
      key: "tiansheng huang",
    });
    expect(parseName("Huang, Tiansheng")?.key).toBe(parseName("Tiansheng Huang")?.key);
  });

  it("decodes LaTeX names to NFC without markup", () => {
    expect(parseName("{\\c{C}}etintemel, U.")?.name).toBe("U. Çetintemel");
    expect(parseName("Ab{\\'\\i}o, I.")?.name).toBe("I. Abío");
    expect(parseName("Juan Mart{\\'{\\i}}n")?.name).toBe("Juan Martín");
    expect(parseName("Jean{-}Jacques Dupont")).toEqual({
      name: "Jean-Jacques Dupont",
      key: "jean jacques dupont",
    });
    expect(parseName("L. {Fari{\\~n}as del Cerro}")?.name).toBe("L. Fariñas del Cerro");
    expect(parseName("{{The STREAM Group}}")?.name).toBe("The STREAM Group");
    expect(parseName("Brace\\{d\\}, Odd")?.name).toBe("Odd Braced");
    const name = parseName('M{\\"u}ller, J{\\"o}rg')?.name ?? "";
    expect(name).toBe("Jörg Müller");
    expect(name).toBe(name.normalize("NFC"));
  });

  it("drops dblp homonym numbers from the display and keeps them in the key", () => {
    expect(parseName("Thomas Seidl 0001")).toEqual({
      name: "Thomas Seidl",
      key: "thomas seidl 0001",
    });
    expect(parseName("Seidl 0001, Thomas")).toEqual({
      name: "Thomas Seidl",
      key: "thomas seidl 0001",
    });
    expect(parseName("Thomas Seidl")?.key).toBe("thomas seidl");
    expect(parseName("Thomas Seidl 0001", { homonymNumbers: false })).toEqual({
      name: "Thomas Seidl 0001",
      key: "thomas seidl 0001",
    });
  });

  it("returns null for empty names and placeholders", () => {
    expect(parseName("")).toBeNull();
    expect(parseName("  {} ")).toBeNull();
    expect(parseName("others")).toBeNull();
    expect(parseName("Anonymous")).toBeNull();
  });
});

describe("stripHomonymNumber", () => {
  it("splits off a trailing 4-digit group only", () => {
    expect(stripHomonymNumber("Thomas Seidl 0001")).toEqual({
      name: "Thomas Seidl",
      number: "0001",
    });
    expect(stripHomonymNumber("Thomas Seidl")).toEqual({ name: "Thomas Seidl" });
    expect(stripHomonymNumber("Louis XIV 12")).toEqual({ name: "Louis XIV 12" });
  });
});

describe("isPlaceholderAuthor", () => {
  it.each([
    "others",
    "Others",
    "et al.",
    "et al",
    "Et Al.",
    "Anonymous",
    "ANONYMOUS",
    "Anon.",
    "and others",
    "{others}",
    "N. N.",
    "N.N.",
    "NN",
    "Unknown",
    "[No author name available]",
  ])("recognises %s", (name) => expect(isPlaceholderAuthor(name)).toBe(true));
  it.each(["Otherson, Ann", "Alan", "Anonymo", "Etal Smith", "Huang, Tiansheng"])(
    "does not flag %s",
    (name) => expect(isPlaceholderAuthor(name)).toBe(false),
  );
});

describe("splitAuthorList", () => {
  it("pairs Last, First parts", () => {
    const result = splitAuthorList("Sun, Yan, Huang, Tiansheng, Ding, Liang");
    expect(result.names.map((n) => n.name)).toEqual(["Yan Sun", "Tiansheng Huang", "Liang Ding"]);
    expect(result.problem).toBeUndefined();
  });

  it("tolerates trailing spaces and a trailing comma", () => {
    const result = splitAuthorList("  Sun,  Yan ,Huang, Tiansheng,   ");
    expect(result.names.map((n) => n.name)).toEqual(["Yan Sun", "Tiansheng Huang"]);
    expect(result.problem).toBeUndefined();
  });

  it("reports empty parts inside the line", () => {
    const result = splitAuthorList("Sun, Yan, , Huang, Tiansheng");
    expect(result.names.map((n) => n.name)).toEqual(["Yan Sun", "Tiansheng Huang"]);
    expect(result.problem).toBe("1 empty name part ignored");
  });

  it("removes placeholders before pairing so later pairs do not shift", () => {
    const result = splitAuthorList("Sun, Yan, others, Huang, Tiansheng, et al.");
    expect(result.names.map((n) => n.name)).toEqual(["Yan Sun", "Tiansheng Huang"]);
    expect(result.placeholders).toEqual(["others", "et al."]);
    expect(result.problem).toBe('placeholder authors "others", "et al." dropped');
  });

  it("keeps a trailing lone part as a last name only", () => {
    const result = splitAuthorList("Sun, Yan, Huang, Tiansheng, Liu");
    expect(result.names).toEqual([
      { name: "Yan Sun", key: "yan sun" },
      { name: "Tiansheng Huang", key: "tiansheng huang" },
      { name: "Liu", key: "liu" },
    ]);
    expect(result.problem).toBe('odd number of name parts (5); "Liu" read as a last name only');
  });

  it("returns no names for a line of placeholders", () => {
    const result = splitAuthorList("Anonymous");
    expect(result.names).toEqual([]);
    expect(result.problem).toBe('placeholder author "Anonymous" dropped');
  });
});
