// Letter case of names from sources that shout (`ABRAMSON, G`, `Jianye HAO`) or whisper (`abbasi, a`).
import { NAME_PARTICLES } from "./name-particles.ts";

/** Particles kept in lower case inside a surname unless they are its last word. */
const PARTICLES = new Set([...NAME_PARTICLES, "dei", "zur", "y"]);

/** `o'BRIEN-SMITH` → `O'Brien-Smith`: lower case, capitals at the start and after `-` or `'`. */
export function titleCaseWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/**
 * Title-cases a run of name words, keeping particles (`van`, `de`, `von der`, …) in lower case
 * unless the particle is the last word: `DE SOMPEL` → `de Sompel`, `VAN DER WAALS` →
 * `van der Waals`, `DE` → `De`.
 */
export function titleCaseWords(text: string): string {
  const words = text.split(/\s+/).filter((w) => w !== "");
  return words
    .map((w, i) =>
      i < words.length - 1 && PARTICLES.has(w.toLowerCase()) ? w.toLowerCase() : titleCaseWord(w),
    )
    .join(" ");
}

const hasUpper = (s: string): boolean => /\p{Lu}/u.test(s);
const hasLower = (s: string): boolean => /\p{Ll}/u.test(s);

/** True when `text` has letters of one case only (`ABRAMSON, G`, `abbasi, a`). */
export function isSingleCase(text: string): boolean {
  return hasUpper(text) !== hasLower(text);
}

/**
 * Repairs the letter case of a display name (`First Last`). A name in one case only
 * (`SHIYANG LI`, `abbasi a`) is title-cased word by word. In a mixed-case name, only upper-case
 * words of three or more letters with a vowel are title-cased (`Jérémie DONA` → `Jérémie Dona`,
 * `Irene Raissa KAMENI KAMENI` → `… Kameni Kameni`); short all-capital words are taken as
 * initials and kept (`Casimir JH Ludwig`, `Daniel LK Yamins`), as are `McIlraith`-style names.
 * A final `II`, `III` or `IV` stays in capitals. Case never changes an identity key, so this only
 * affects display.
 */
export function fixNameCase(name: string): string {
  const fixed = isSingleCase(name) ? titleCaseWords(name) : repairShouting(name);
  // A generational suffix keeps its capitals: `Donald Joseph Hejna III`.
  return fixed.replace(/ (ii|iii|iv)$/i, (suffix) => suffix.toUpperCase());
}

function repairShouting(name: string): string {
  return name
    .split(" ")
    .map((w) => {
      const letters = w.replace(/[^\p{L}]/gu, "");
      const vowel = /[aeiouy]/i.test(letters.normalize("NFD"));
      return letters.length >= 3 && vowel && !hasLower(w) ? titleCaseWord(w) : w;
    })
    .join(" ");
}
