// Author labels of network files (GML, GEXF, GraphML, VOSviewer): `ANDRADE, MAD` → `M. A. D. Andrade`.
import type { AuthorName } from "../model/types.ts";
import { fixNameCase, isSingleCase, titleCaseWords } from "./name-case.ts";
import { isPlausibleGivenName } from "./given-name.ts";
import { parseName } from "./names.ts";

const isSpace = (c: string): boolean => /\s/.test(c);
const isLetter = (c: string): boolean => /\p{L}/u.test(c);

/**
 * The dotted initials ending a label after a space (` w.m.p.`, ` j. k.`: the longest such run),
 * found by one backward scan (a pattern anchored at the end is tried from every space, which is
 * quadratic on a long label): the surname before them and the initials, or null.
 */
function trailingInitials(text: string): { surname: string; initials: string } | null {
  let start = text.length;
  for (;;) {
    let j = start;
    while (j > 0 && isSpace(text[j - 1])) j--;
    if (j >= 2 && text[j - 1] === "." && isLetter(text[j - 2])) start = j - 2;
    else break;
  }
  if (start === text.length) return null;
  let cut = start;
  while (cut > 0 && isSpace(text[cut - 1])) cut--;
  if (cut === start) return null; // no space before the initials
  return { surname: text.slice(0, cut), initials: text.slice(start) };
}

/**
 * Reads one node label as an author name. Bibliometric network files label authors the Web of
 * Science way, `SURNAME, INITIALS` in one letter case (Newman's `ABRAMSON, G`, `ANDRADE, MAD`;
 * VOSviewer's `abbasi, a`, `de sompel, hv`): in such a label a given part that is one run of
 * letters is read as initials (`MAD` → `M. A. D.`, unless it reads as a given name) and the surname is title-cased with particles
 * in lower case (`H. V. de Sompel`). A one-case given name with spaces or dots (`SMITH, JOHN
 * PAUL`) is title-cased instead. Labels in mixed case (`Jérémie DONA`, `Smith, John`) are read
 * as written, with shouting words repaired by {@link fixNameCase}. Scopus-style labels with the
 * surname first and dotted initials last (`smith j.`, `van der aalst w.m.p.`) are turned round
 * (`J. Smith`, `W. M. P. van der Aalst`). Returns null for an empty or placeholder label. A
 * one-case given part that is one run of letters is a given name when it reads as one
 * ({@link isPlausibleGivenName}: `SMITH, JOHN` → `John Smith`), else initials (`RLPGD`).
 */
export function parseNetworkLabel(label: string): AuthorName | null {
  const text = label.replace(/\s+/g, " ").trim();
  if (text === "") return null;
  let raw = text;
  // Scopus-style `smith j.` / `van der aalst w.m.p.`: surname first, dotted initials last (one
  // pattern for both backtracks quadratically on a long label).
  const initials = trailingInitials(text);
  if (initials) {
    const { surname } = initials;
    if (!surname.includes(",") && /\p{L}{2}/u.test(surname))
      raw = `${surname}, ${initials.initials.replace(/\s+/g, "")}`;
  }
  if (isSingleCase(raw)) {
    const comma = raw.indexOf(",");
    if (comma >= 0) {
      const last = raw.slice(0, comma).trim();
      const given = raw.slice(comma + 1).trim();
      const letters = given.replace(/\./g, "");
      // One run of letters: a given name when it reads as one (`JOHN`), else initials (`RLPGD`).
      const initials =
        /^\p{L}+$/u.test(letters) && !(given === letters && isPlausibleGivenName(letters))
          ? [...letters].map((c) => `${c.toUpperCase()}.`).join(" ")
          : titleCaseWords(given);
      raw = `${titleCaseWords(last)}, ${initials}`;
    } else raw = titleCaseWords(raw);
  }
  const name = parseName(raw, { latex: false });
  if (name === null) return null;
  return { name: fixNameCase(name.name), key: name.key };
}
