// Author labels of network files (GML, GEXF, GraphML, VOSviewer): `ANDRADE, MAD` → `M. A. D. Andrade`.
import type { AuthorName } from "../model/types.ts";
import { fixNameCase, isSingleCase, titleCaseWords } from "./name-case.ts";
import { parseName } from "./names.ts";

/**
 * Reads one node label as an author name. Bibliometric network files label authors the Web of
 * Science way, `SURNAME, INITIALS` in one letter case (Newman's `ABRAMSON, G`, `ANDRADE, MAD`;
 * VOSviewer's `abbasi, a`, `de sompel, hv`): in such a label a given part that is one run of
 * letters is read as initials (`MAD` → `M. A. D.`) and the surname is title-cased with particles
 * in lower case (`H. V. de Sompel`). A one-case given name with spaces or dots (`SMITH, JOHN
 * PAUL`) is title-cased instead. Labels in mixed case (`Jérémie DONA`, `Smith, John`) are read
 * as written, with shouting words repaired by {@link fixNameCase}. Scopus-style labels with the
 * surname first and dotted initials last (`smith j.`, `van der aalst w.m.p.`) are turned round
 * (`J. Smith`, `W. M. P. van der Aalst`). Returns null for an empty or placeholder label. The known false reading: a one-case single given name (`SMITH, JOHN`) becomes
 * initials (`J. O. H. N. Smith`), since Newman's and VOSviewer's files never spell given names out.
 */
export function parseNetworkLabel(label: string): AuthorName | null {
  const text = label.replace(/\s+/g, " ").trim();
  if (text === "") return null;
  let raw = text;
  // Scopus-style `smith j.` / `van der aalst w.m.p.`: surname first, dotted initials last.
  const surnameFirst = /^([^,]*\p{L}{2}[^,]*?)\s+((?:\p{L}\.\s*)+)$/u.exec(text);
  if (surnameFirst) raw = `${surnameFirst[1]}, ${surnameFirst[2].replace(/\s+/g, "")}`;
  if (isSingleCase(raw)) {
    const comma = raw.indexOf(",");
    if (comma >= 0) {
      const last = raw.slice(0, comma).trim();
      const given = raw.slice(comma + 1).trim();
      const letters = given.replace(/\./g, "");
      const initials = /^\p{L}+$/u.test(letters)
        ? [...letters].map((c) => `${c.toUpperCase()}.`).join(" ")
        : titleCaseWords(given);
      raw = `${titleCaseWords(last)}, ${initials}`;
    } else raw = titleCaseWords(raw);
  }
  const name = parseName(raw, { latex: false });
  if (name === null) return null;
  return { name: fixNameCase(name.name), key: name.key };
}
