// Source identifiers as users type them: `openalex:A…`, `dblp:PID`, `orcid:0000-…`, `doi:10.…`.

export type SourceSpec =
  | { kind: "openalex"; id: string }
  | { kind: "dblp"; pid: string }
  | { kind: "orcid"; id: string }
  | { kind: "doi"; dois: string[] };

/** The one-word service names a spec starts with. */
export const SOURCE_PREFIXES = ["openalex", "dblp", "orcid", "doi"] as const;

/** True when an ORCID iD's last character is its ISO 7064 11,2 check digit. */
export function orcidChecksumOk(id: string): boolean {
  const digits = id.replace(/-/g, "");
  if (!/^\d{15}[\dX]$/.test(digits)) return false;
  let total = 0;
  for (const c of digits.slice(0, 15)) total = (total + Number(c)) * 2;
  const check = (12 - (total % 11)) % 11;
  return digits[15] === (check === 10 ? "X" : String(check));
}

/** A DOI as written (`10.…`, `doi:10.…`, `https://doi.org/10.…`) → `10.…` in lower case, or null. */
export function readDoi(text: string): string | null {
  const doi = text
    .trim()
    .replace(/^(?:https?:\/\/)?(?:dx\.)?doi\.org\//i, "")
    .replace(/^doi:\s*/i, "")
    .trim();
  return /^10\.\d{4,9}\/\S+$/.test(doi) ? doi.toLowerCase() : null;
}

/**
 * A list of DOIs, one a line (blank lines and `#` comments skipped): the DOIs, and the 1-based
 * lines that hold no DOI.
 */
export function readDoiList(text: string): { dois: string[]; bad: number[] } {
  const dois: string[] = [];
  const bad: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const t = line.trim();
    if (t === "" || t.startsWith("#")) return;
    const doi = readDoi(t);
    if (doi === null) bad.push(i + 1);
    else if (!dois.includes(doi)) dois.push(doi);
  });
  return { dois, bad };
}

/** The spec's canonical text (`openalex:A5023888391`), used as its "file" name in warnings. */
export function specLabel(spec: SourceSpec): string {
  switch (spec.kind) {
    case "openalex":
      return `openalex:${spec.id}`;
    case "dblp":
      return `dblp:${spec.pid}`;
    case "orcid":
      return `orcid:${spec.id}`;
    case "doi":
      return spec.dois.length === 1
        ? `doi:${spec.dois[0]}`
        : `doi:${spec.dois[0]} (+${spec.dois.length - 1})`;
  }
}

/**
 * Reads one source argument. `openalex:A5023888391` (or an `https://openalex.org/A…` URL),
 * `dblp:95/7448-1` (or a `https://dblp.org/pid/….html` URL), `orcid:0000-0002-1825-0097` (check
 * digit verified), `doi:10.1145/…`. Returns null when `text` does not start with a source prefix
 * (it is a file), and throws an Error saying what is wrong when it does but the id is not valid.
 */
export function parseSourceSpec(text: string): SourceSpec | null {
  const trimmed = text.trim();
  const url = /^https?:\/\/(?:api\.)?openalex\.org\/(?:authors\/)?(A\d+)$/i.exec(trimmed);
  if (url) return { kind: "openalex", id: url[1].toUpperCase() };
  const dblpUrl = /^https?:\/\/dblp\.(?:org|uni-trier\.de)\/pid\/(.+?)(?:\.html|\.xml)?$/i.exec(
    trimmed,
  );
  if (dblpUrl) return { kind: "dblp", pid: dblpUrl[1] };
  const m = /^(openalex|dblp|orcid|doi):(.*)$/i.exec(trimmed);
  if (!m) return null;
  const kind = m[1].toLowerCase();
  const id = m[2].trim();
  switch (kind) {
    case "openalex": {
      const a = /^(?:https?:\/\/openalex\.org\/)?(A\d+)$/i.exec(id);
      if (!a) throw new Error(`openalex: needs an author id such as A5023888391, got "${id}"`);
      return { kind: "openalex", id: a[1].toUpperCase() };
    }
    case "dblp":
      if (!/^[\w.-]+(?:\/[\w.-]+)+$/.test(id))
        throw new Error(`dblp: needs a person id (pid) such as 95/7448-1, got "${id}"`);
      return { kind: "dblp", pid: id };
    case "orcid": {
      const o = /^(?:https?:\/\/orcid\.org\/)?(\d{4}-\d{4}-\d{4}-\d{3}[\dX])$/i.exec(id);
      if (!o) throw new Error(`orcid: needs an iD such as 0000-0002-1825-0097, got "${id}"`);
      const orcid = o[1].toUpperCase();
      if (!orcidChecksumOk(orcid)) throw new Error(`orcid:${orcid} has a wrong check digit`);
      return { kind: "orcid", id: orcid };
    }
    default: {
      const dois: string[] = [];
      for (const part of id.split(/[\s,]+/).filter((p) => p !== "")) {
        const doi = readDoi(part);
        if (doi === null)
          throw new Error(`doi: needs a DOI such as 10.1145/3290605.3300233, got "${part}"`);
        dois.push(doi);
      }
      if (dois.length === 0) throw new Error("doi: needs a DOI such as 10.1145/3290605.3300233");
      return { kind: "doi", dois };
    }
  }
}
