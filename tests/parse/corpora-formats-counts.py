# Independent counts for tests/parse/formats-corpora.test.ts (Web of Science, PubMed, Scopus CSV),
# written apart from the TypeScript parsers.
# Run: python3 tests/parse/corpora-formats-counts.py ../shared/corpora
# WoS: records split at `ER` lines, fields read by a tag regex with 3-space continuation lines,
# names from AF (AU when AF is missing or has another count), `Last, First` reordered.
# PubMed: records split at `PMID-` lines, FAU (else AU) per author, AUID ORCIDs, CN groups.
# Scopus: Python's csv module, `Author full names` split at `;`, the id in parentheses.
import csv
import re
import sys
import unicodedata


def fold(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.category(c).startswith("M")).lower()
    return " ".join(re.sub(r"[^\w]|_", " ", s).split())


def display(raw):
    """`Last, First` → `First Last` (whitespace collapsed); a name without comma unchanged."""
    if "," in raw:
        last, first = raw.split(",", 1)
        raw = first.strip() + " " + last.strip()
    return " ".join(raw.split())


def wos(path):
    text = open(path, encoding="utf-8-sig").read()
    records, cur, tag = [], None, None
    for line in text.splitlines():
        if line.startswith("   ") and cur is not None and tag:
            cur[tag].append(line.strip())
            continue
        m = re.match(r"^([A-Z][A-Z0-9])(?: (.*))?$", line)
        if not m:
            continue
        tag = m.group(1)
        if tag == "PT":
            cur = {}
        if cur is None:
            continue
        if tag == "ER":
            records.append(cur)
            cur, tag = None, None
            continue
        cur.setdefault(tag, []).append((m.group(2) or "").strip())
    names, groups, dois, years, cited, orcids_on_byline, bruna = [], 0, 0, [], 0, set(), 0
    for r in records:
        au, af = r.get("AU", []), r.get("AF", [])
        byline = af if af and len(af) == len(au) else au
        names += [display(n) for n in byline]
        groups += len(r.get("CA", []))
        dois += 1 if r.get("DI") else 0
        if r.get("PY"):
            years.append(int(r["PY"][0][:4]))
        cited += int(r["TC"][0]) if r.get("TC") else 0
        if any(a.startswith("Bruna, E") for a in au):
            bruna += 1
        words = {w for n in byline for w in fold(n).split()}
        for entry in " ".join(r.get("OI", [])).split(";"):
            if "/" not in entry:
                continue
            who, orcid = entry.rsplit("/", 1)
            if any(len(w) > 2 and w in words for w in fold(who).split()):
                orcids_on_byline.add(orcid.strip())
    print(f"{path}: records {len(records)}, with authors {sum(1 for r in records if r.get('AU'))}, "
          f"mentions {len(names)}, distinct names {len(set(names))}, groups {groups}, dois {dois}, "
          f"years {min(years)}-{max(years)}, cited {cited}, orcids on bylines {len(orcids_on_byline)}, "
          f"records with Bruna {bruna}")


def pubmed(path):
    text = open(path, encoding="utf-8-sig", newline="").read().replace("\r\n", "\n")
    chunks = re.split(r"(?m)^(?=PMID- )", text)
    records = [c for c in chunks if c.startswith("PMID- ")]
    mentions, fau, groups, dois, orcids, orcid_mentions, years = 0, [], 0, 0, set(), 0, []
    with_authors = 0
    for rec in records:
        lines = re.sub(r"\n {6}", " ", rec).split("\n")
        tags = [(l[:4].strip(), l[6:].strip()) for l in lines if re.match(r"^[A-Z]{2,4} *- ", l)]
        authors = 0
        for i, (t, v) in enumerate(tags):
            if t == "FAU":
                authors += 1
                fau.append(display(v))
            elif t == "AU" and not (i > 0 and tags[i - 1][0] == "FAU"):
                authors += 1
            elif t == "AUID" and v.startswith("ORCID:"):
                orcids.add(v[6:].strip().replace("https://orcid.org/", ""))
                orcid_mentions += 1
            elif t == "CN":
                groups += 1
        mentions += authors
        with_authors += 1 if authors else 0
        dois += 1 if any(t in ("LID", "AID") and v.endswith("[doi]") for t, v in tags) else 0
        years += [int(v[:4]) for t, v in tags if t == "DP"]
    print(f"{path}: records {len(records)}, with authors {with_authors}, mentions {mentions}, "
          f"distinct names {len(set(fau))}, groups {groups}, dois {dois}, years {min(years)}-{max(years)}, "
          f"orcids {len(orcids)}, orcid mentions {orcid_mentions}")


def scopus(path):
    rows = list(csv.DictReader(open(path, encoding="utf-8-sig", newline="")))
    mentions, names, ids, cited = [], set(), set(), 0
    for row in rows:
        for entry in row["Author full names"].split(";"):
            m = re.match(r"^\s*(.*?)\s*\((\d+)\)\s*$", entry)
            if m:
                mentions.append((display(m.group(1)), m.group(2)))
        cited += int(row["Cited by"] or 0)
    for n, i in mentions:
        names.add(n)
        ids.add(i)
    by_name = {}
    for n, i in mentions:
        by_name.setdefault(n, set()).add(i)
    homonyms = sum(1 for s in by_name.values() if len(s) > 1)
    print(f"{path}: records {len(rows)}, mentions {len(mentions)}, distinct names {len(names)}, "
          f"distinct ids {len(ids)}, names with several ids {homonyms}, "
          f"dois {sum(1 for r in rows if r['DOI'])}, cited {cited}")


if __name__ == "__main__":
    root = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora"
    wos(f"{root}/wos-bruna.txt")
    pubmed(f"{root}/pubmed-mcr.txt")
    scopus(f"{root}/scopus-pybibx.csv")
