# Independent counts for the scopus.bib + scopus.ris corpus test in tests/parse/corpus.test.ts.
# Run: python3 tests/parse/corpus-scopus-counts.py ../shared/corpora
# Entries and names are read with the helpers of corpora-a-counts.py (regex entry splitting, brace
# counting, its own LaTeX table and key folding); titles and DOIs are cut out the same way. The
# merge is simulated in load order (bib, then ris): a record is a duplicate when its DOI (lower
# case, resolver prefix removed) or its folded title plus sorted author keys was met before.
# Authors of the corpus = distinct keys on the kept records only.
import importlib.util
import re
import sys
import unicodedata
from pathlib import Path

spec = importlib.util.spec_from_file_location("counts", Path(__file__).with_name("corpora-a-counts.py"))
counts = importlib.util.module_from_spec(spec)
spec.loader.exec_module(counts)


def fold(text):
    d = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", text))
    d = "".join(c for c in d if not unicodedata.category(c).startswith("M")).lower()
    d = d.translate(str.maketrans({"ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"}))
    d = re.sub(r"['’‘ʼ`´]", "", d)
    return " ".join(re.sub(r"[^\w]|_", " ", d).split())


def doi_of(raw):
    raw = (raw or "").strip().lower()
    return re.sub(r"^(?:https?://)?(?:dx\.)?doi\.org/", "", raw)


def field(body, name):
    m = re.search(r"(?im)^\s*" + name + r"\s*=\s*\{", body)
    return counts.balanced(body, m.end()) if m else None


def bib_records(path):
    t = open(path, encoding="utf-8-sig").read()
    starts = [m for m in re.finditer(r"@(\w+)\s*\{", t) if m.group(1).lower() not in ("string", "preamble", "comment")]
    out = []
    for i, m in enumerate(starts):
        body = t[m.end():starts[i + 1].start() if i + 1 < len(starts) else len(t)]
        a = field(body, "author")
        keys = [counts.key(n) for n in counts.split_and(a)] if a else []
        out.append((counts.decode(field(body, "title") or ""), doi_of(field(body, "doi")), keys))
    return out


def ris_records(path):
    t = open(path, encoding="utf-8-sig").read()
    out = []
    for r in re.split(r"(?m)^ER  -.*$", t)[:-1]:
        title = re.search(r"(?m)^(?:TI|T1)  - (.*\S)", r)
        doi = re.search(r"(?m)^DO  - (.*\S)", r)
        keys = [counts.key(n, False) for n in re.findall(r"(?m)^AU  - (.*\S)", r)]
        out.append((title.group(1) if title else "", doi_of(doi.group(1) if doi else ""), keys))
    return out


root = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora"
bib = bib_records(f"{root}/scopus.bib")
ris = ris_records(f"{root}/scopus.ris")
seen_doi, seen_title, kept, by_doi, by_title = set(), set(), [], 0, 0
for source, records in (("bib", bib), ("ris", ris)):
    for title, doi, keys in records:
        unique = list(dict.fromkeys(keys))
        tkey = fold(title) + "\0" + "\1".join(sorted(unique)) if fold(title) else ""
        duplicate = (doi and doi in seen_doi) or (tkey and tkey in seen_title)
        by_doi += bool(doi and doi in seen_doi)
        by_title += bool(duplicate and not (doi and doi in seen_doi))
        if doi:
            seen_doi.add(doi)
        if tkey:
            seen_title.add(tkey)
        if not duplicate:
            kept.append((source, unique))
bib_keys = {k for s, ks in kept if s == "bib" for k in ks}
ris_only = [ks for s, ks in kept if s == "ris"]
ris_only_keys = {k for ks in ris_only for k in ks}
print(f"papers {len(kept)} (bib {len(kept) - len(ris_only)}, ris-only {len(ris_only)}); "
      f"merged by DOI {by_doi}, by title and authors {by_title}; "
      f"bib keys {len(bib_keys)}; ris-only papers' keys {len(ris_only_keys)}, "
      f"of them not in bib {len(ris_only_keys - bib_keys)}; authors {len(bib_keys | ris_only_keys)}")
