import { describe, expect, it } from "vitest";
import { fixNameCase, titleCaseWords } from "../../src/parse/name-case.ts";
import { parseNetworkLabel } from "../../src/parse/network-label.ts";

describe("parseNetworkLabel", () => {
  it.each([
    ["ABRAMSON, G", "G. Abramson", "g abramson"],
    ["ANDRADE, MAD", "M. A. D. Andrade", "m a d andrade"],
    ["abbasi, a", "A. Abbasi", "a abbasi"],
    ["de sompel, hv", "H. V. de Sompel", "h v de sompel"],
    ["diaz-faes, aa", "A. A. Diaz-Faes", "a a diaz faes"],
    ["O'BRIEN, J", "J. O'Brien", "j obrien"],
    ["VAN DER WAALS, JD", "J. D. van der Waals", "j d van der waals"],
    ["SMITH, JOHN PAUL", "John Paul Smith", "john paul smith"],
    ["Smith, John", "John Smith", "john smith"],
    ["Jérémie DONA", "Jérémie Dona", "jeremie dona"],
    ["ÅSTRÖM, K", "K. Åström", "k astrom"],
    ["Thomas Seidl 0001", "Thomas Seidl", "thomas seidl 0001"],
    ["smith j.", "J. Smith", "j smith"],
    ["van der aalst w.m.p.", "W. M. P. van der Aalst", "w m p van der aalst"],
    ["Huang T.", "T. Huang", "t huang"],
    ["John Smith Jr.", "John Smith Jr.", "john smith jr"],
  ])("%s → %s", (label, name, key) => {
    expect(parseNetworkLabel(label)).toEqual({ name, key });
  });

  it("returns null for empty and placeholder labels", () => {
    expect(parseNetworkLabel("  ")).toBeNull();
    expect(parseNetworkLabel("ANONYMOUS")).toBeNull();
  });
});

describe("name case", () => {
  it("title-cases surnames with particles in lower case unless last", () => {
    expect(titleCaseWords("VON DER LEYEN")).toBe("von der Leyen");
    expect(titleCaseWords("DE")).toBe("De");
    expect(titleCaseWords("smith-JONES")).toBe("Smith-Jones");
  });

  it.each([
    ["Irene Raissa KAMENI KAMENI", "Irene Raissa Kameni Kameni"],
    ["Casimir JH Ludwig", "Casimir JH Ludwig"],
    ["Daniel LK Yamins", "Daniel LK Yamins"],
    ["SHIYANG LI", "Shiyang Li"],
    ["ERIC EATON", "Eric Eaton"],
    ["Sheila A. McIlraith", "Sheila A. McIlraith"],
    ["Jörg K.H. Franke", "Jörg K.H. Franke"],
    ["Donald Joseph Hejna III", "Donald Joseph Hejna III"],
    ["JOHN SMITH II", "John Smith II"],
  ])("fixNameCase(%s) = %s", (input, output) => {
    expect(fixNameCase(input)).toBe(output);
  });
});
