// When two records with the same title and authors are one publication: DOIs, years, venues, preprints.
import { foldText } from "./names.ts";

/** The fields the rules compare; the DOI normalized (see normalizeDoi in corpus.ts). */
export interface EditionFields {
  year?: number;
  venue?: string;
  doi?: string;
}

/** Venues that publish preprints (folded): arXiv/CoRR, bioRxiv, medRxiv, SSRN, … */
const PREPRINT_VENUE =
  /\b(?:arxiv|corr|biorxiv|medrxiv|chemrxiv|techrxiv|psyarxiv|socarxiv|edarxiv|eartharxiv|engrxiv|ssrn|research square|preprints org|osf preprints|authorea|preprints?)\b/;

/** DOI prefixes of preprint servers: arXiv, bioRxiv/medRxiv (Cold Spring Harbor), SSRN, Research Square, ChemRxiv, TechRxiv, OSF (PsyArXiv, SocArXiv…), Preprints.org, Authorea. */
const PREPRINT_DOI =
  /^10\.(?:48550|1101|2139|21203|26434|36227|31234|31235|31219|31222|20944|22541)\//;

/** True when the record looks like a preprint: its venue or its DOI names a preprint server. */
export function isPreprint(fields: EditionFields): boolean {
  if (fields.doi !== undefined && PREPRINT_DOI.test(fields.doi)) return true;
  return fields.venue !== undefined && PREPRINT_VENUE.test(foldText(fields.venue));
}

/**
 * Why two records with the same title and the same authors are different publications, or null
 * when they may be one: different DOIs, different known years or different known venues (compared
 * folded: `ICLP` and `ICLP Workshops` differ, `Proc. ICLP` and `proc iclp` do not) make two
 * publications (a 2008 and a 2016 edition of an encyclopedia entry, a workshop and a journal
 * version), unless one of the two is a preprint of the other, which is then one publication with
 * its preprint. A field missing on either side proves nothing.
 */
export function editionConflict(a: EditionFields, b: EditionFields): string | null {
  if (isPreprint(a) || isPreprint(b)) return null;
  if (a.doi !== undefined && b.doi !== undefined && a.doi !== b.doi) return "different DOIs";
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return "different years";
  if (a.venue !== undefined && b.venue !== undefined) {
    const va = foldText(a.venue);
    const vb = foldText(b.venue);
    if (va !== "" && vb !== "" && va !== vb) return "different venues";
  }
  return null;
}
