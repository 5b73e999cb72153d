# Independent paper counts under the dedup rules, for tests/parse/dedup-corpora.test.ts.
# Run: python3 tests/parse/dedup-counts.py ../shared/corpora
# Written apart from the TypeScript parsers: dblp XML read by regex (Latin-1, records by their
# element names, <author>, <title>, <year>, <journal>/<booktitle>, a doi.org <ee>); BibTeX with the
# helpers of corpora-a-counts.py (regex entries, brace counting, its own LaTeX table and keys) plus
# @string expansion for bare macro venues; RIS by `ER  -` lines.
# Rules: records without authors are left out. In file order, a record is a duplicate of a kept
# paper with the same DOI; else of a kept paper with the same folded title and sorted author keys
# unless both have DOIs that differ, years that differ, or venues that differ (folded), where a
# preprint (venue CoRR/arXiv/bioRxiv/medRxiv/SSRN…, or DOI 10.48550/, 10.1101/, 10.2139/) merges
# with anything. Prints per file: records, records with authors, papers, merges.
import importlib.util
import re
import sys
import unicodedata
from pathlib import Path

spec = importlib.util.spec_from_file_location("counts", Path(__file__).with_name("corpora-a-counts.py"))
counts = importlib.util.module_from_spec(spec)
spec.loader.exec_module(counts)


def fold(text):
    d = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", text or ""))
    d = "".join(c for c in d if not unicodedata.category(c).startswith("M")).lower()
    d = d.translate(str.maketrans({"ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"}))
    d = re.sub(r"['’‘ʼ`´]", "", d)
    return " ".join(re.sub(r"[^\w]|_", " ", d).split())


def doi_of(raw):
    raw = (raw or "").strip().lower()
    return re.sub(r"^(?:https?://)?(?:dx\.)?doi\.org/", "", raw)


PREPRINT = re.compile(r"\b(arxiv|corr|biorxiv|medrxiv|chemrxiv|ssrn|preprints?)\b")


def preprint(rec):
    return bool(rec["doi"] and re.match(r"10\.(48550|1101|2139)/", rec["doi"])) or bool(PREPRINT.search(fold(rec["venue"])))


def conflict(a, b):
    if preprint(a) or preprint(b):
        return False
    if a["doi"] and b["doi"] and a["doi"] != b["doi"]:
        return True
    if a["year"] and b["year"] and a["year"] != b["year"]:
        return True
    return bool(fold(a["venue"]) and fold(b["venue"]) and fold(a["venue"]) != fold(b["venue"]))


def dedup(records, stats=None):
    """Kept papers and merges; `stats` (a dict) also gets merges by basis and the kept records."""
    by_doi, by_title, kept, merged = {}, {}, [], 0
    stats = {} if stats is None else stats
    stats.update(doi=0, title=0, kept=kept)
    for r in records:
        keys = list(dict.fromkeys(r["keys"]))
        if not keys:
            continue
        t = fold(r["title"])
        tkey = (t, tuple(sorted(keys))) if t else None
        match = by_doi.get(r["doi"]) if r["doi"] else None
        basis = "doi"
        if match is None and tkey:
            match = next((p for p in by_title.get(tkey, []) if not conflict(p, r)), None)
            basis = "title"
        if match is not None:
            merged += 1
            stats[basis] += 1
            for f in ("year", "venue", "doi"):
                match[f] = match[f] or r[f]
        else:
            match = dict(r, keys=keys)
            kept.append(match)
        if r["doi"] and r["doi"] not in by_doi:
            by_doi[r["doi"]] = match
        if tkey and match not in by_title.setdefault(tkey, []):
            by_title[tkey].append(match)
    return len(kept), merged


def dblp(path):
    t = open(path, encoding="latin-1").read()
    out = []
    for m in re.finditer(r"<(article|inproceedings|proceedings|book|incollection|phdthesis|mastersthesis)\s[^>]*key=\"([^\"]*)\"[^>]*>(.*?)</\1>", t, re.S):
        if m.group(2).startswith("dblpnote/"):
            continue
        body = m.group(3)
        names = [re.sub(r"<[^>]*>", "", a).strip() for a in re.findall(r"<author[^>]*>(.*?)</author>", body, re.S)]
        title = re.search(r"<title[^>]*>(.*?)</title>", body, re.S)
        title = re.sub(r"<[^>]*>", "", title.group(1)) if title else ""
        year = re.search(r"<year>(\d{4})</year>", body)
        venue = re.search(r"<(?:journal|booktitle)>(.*?)</(?:journal|booktitle)>", body, re.S)
        doi = re.search(r"<ee>(?:https?://)?(?:dx\.)?doi\.org/(10\.[^<\s]+)</ee>", body)
        keys = [counts.key(n, False) for n in names if n]
        out.append({"title": title, "keys": keys, "year": year and year.group(1),
                    "venue": venue.group(1) if venue else "", "doi": doi_of(doi.group(1)) if doi else ""})
    return out


def bib_field(body, name, strings):
    m = re.search(r"(?im)^\s*" + name + r"\s*=\s*", body)
    if not m:
        return ""
    rest = body[m.end():]
    if rest.startswith("{"):
        return counts.balanced(rest, 1)
    if rest.startswith('"'):
        return rest[1:rest.index('"', 1)]
    word = re.match(r"[\w:.-]+", rest)
    return strings.get(word.group(0).lower(), word.group(0)) if word else ""


def bibtex(path):
    t = open(path, encoding="utf-8-sig").read()
    strings = {m.group(1).lower(): m.group(2) for m in re.finditer(r"(?i)@string\s*\{\s*([\w:.-]+)\s*=\s*[{\"](.*?)[}\"]\s*\}", t)}
    starts = [m for m in re.finditer(r"@(\w+)\s*\{", t) if m.group(1).lower() not in ("string", "preamble", "comment")]
    out = []
    for i, m in enumerate(starts):
        body = t[m.end():starts[i + 1].start() if i + 1 < len(starts) else len(t)]
        a = bib_field(body, "author", strings)
        venue = bib_field(body, "journal", strings) or bib_field(body, "booktitle", strings) or bib_field(body, "crossref", strings)
        year = re.search(r"\d{4}", bib_field(body, "year", strings))
        out.append({"title": counts.decode(bib_field(body, "title", strings)), "keys": [counts.key(n) for n in counts.split_and(a)] if a else [],
                    "year": year and year.group(0), "venue": counts.decode(venue), "doi": doi_of(bib_field(body, "doi", strings).replace("\\_", "_"))})
    return out


def ris(path):
    t = open(path, encoding="utf-8-sig").read()
    out = []
    for r in re.split(r"(?m)^ER  -.*$", t)[:-1]:
        def tag(*names):
            for n in names:
                m = re.search(r"(?m)^" + n + r"  - (.*\S)", r)
                if m:
                    return m.group(1)
            return ""
        year = re.search(r"\d{4}", tag("PY", "Y1", "DA"))
        title = tag("TI", "T1")
        venue = tag("JF", "T2", "JO", "JA", "J2", "BT", "T3")
        out.append({"title": title, "keys": [counts.key(n, False) for n in re.findall(r"(?m)^AU  - (.*\S)", r)],
                    "year": year and year.group(0), "venue": "" if venue == title else venue, "doi": doi_of(tag("DO"))})
    return out


if __name__ == "__main__":
    root = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora"
    for name, reader in (("ex.xml", dblp), ("krr.bib", bibtex), ("scopus.bib", bibtex), ("scopus.ris", ris), ("dblp.bib", bibtex)):
        records = reader(f"{root}/{name}")
        stats = {}
        papers, merged = dedup(records, stats)
        with_authors = sum(1 for r in records if r["keys"])
        groups = {}
        for r in stats["kept"]:
            if fold(r["title"]):
                groups.setdefault((fold(r["title"]), tuple(sorted(r["keys"]))), []).append(r)
        editions = [g for g in groups.values() if len(g) > 1]
        both = sum(1 for g in editions if {"2008", "2016"} <= {r["year"] for r in g})
        print(f"{name}: records {len(records)}, with authors {with_authors}, papers {papers}, merged {merged} "
              f"(by DOI {stats['doi']}); titles with several editions {len(editions)}, with a 2008 and a 2016 one {both}")
