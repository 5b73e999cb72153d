// Lower-case name particles (`van`, `de`, `von der`, `bin`) shared by name casing, profile sniffing and merge matching.

/**
 * Particles that stand inside a surname in several languages. Callers add their own extras: the
 * one-letter `y` is left out here because merge matching would take it for an initial.
 */
export const NAME_PARTICLES: readonly string[] = [
  "van",
  "von",
  "der",
  "den",
  "de",
  "del",
  "della",
  "di",
  "da",
  "das",
  "dos",
  "do",
  "du",
  "la",
  "le",
  "ten",
  "ter",
  "zu",
  "bin",
  "ibn",
  "al",
  "el",
];
