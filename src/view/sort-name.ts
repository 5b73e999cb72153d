// How authors sort by name: surname first ("Liu, Ling"), as a bibliography does.
import { stripHomonymNumber } from "../parse/names.ts";

/** Lower-case particles that belong to the surname ("van der Berg", "de la Cruz"). */
const PARTICLES = new Set([
  "van",
  "von",
  "der",
  "den",
  "de",
  "del",
  "della",
  "da",
  "di",
  "la",
  "le",
  "du",
  "dos",
  "das",
  "ter",
  "ten",
  "bin",
  "ibn",
  "al",
]);

/**
 * The sort key of a display name `First Last`: the surname (with its lower-case particles), then
 * the given names. "Ling Liu" → "Liu Ling", "Vincent van Gogh" → "van Gogh Vincent"; a dblp
 * homonym number stays last.
 */
export function surnameKey(display: string): string {
  const { name, number } = stripHomonymNumber(display);
  const words = name.split(/\s+/).filter((w) => w !== "");
  if (words.length < 2) return display;
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1])) start--;
  const key = [...words.slice(start), ...words.slice(0, start)].join(" ");
  return number === undefined ? key : `${key} ${number}`;
}
