#!/usr/bin/env python3
"""Counts a BibTeX file's entries without a year field, independently of the app's parser.

Usage: undated-entries.py FILE.bib [KEPT:DROPPED ...]

Entries are found with a regex (`@type{` at the start of a line; @string, @comment and
@preamble are not entries). Prints JSON with the entries, those without a `year` field, those of
them without an `author` field (not papers), and, when merges are given as pairs of start lines
(the record kept and the one merged into it), how many papers have no year: an entry without a
year field takes its crossref target's year (BibTeX's rule), and a group of merged records has a
year when any of its records has one.
"""
import json
import re
import sys

path, *pairs = sys.argv[1:]
text = open(path, encoding="utf-8").read()
starts = [m.start() for m in re.finditer(r"^[ \t]*@[ \t]*(\w+)[ \t]*[{(]", text, re.M)]
entries = []
for s, e in zip(starts, starts[1:] + [len(text)]):
    body = text[s:e]
    kind = re.match(r"\s*@\s*(\w+)", body).group(1).lower()
    if kind in ("string", "comment", "preamble"):
        continue
    line = text.count("\n", 0, s) + 1
    key = re.match(r"\s*@\s*\w+\s*[{(]\s*([^,\s]+)", body)
    crossref = re.search(r"^\s*crossref\s*=\s*[{\"]?\s*([^}\",\s]+)", body, re.M | re.I)
    entries.append(
        {
            "line": line,
            "key": key.group(1).lower() if key else None,
            "crossref": crossref.group(1).lower() if crossref else None,
            "year": re.search(r"^\s*year\s*=", body, re.M | re.I) is not None,
            "author": re.search(r"^\s*author\s*=", body, re.M | re.I) is not None,
        }
    )
# BibTeX's crossref: an entry without a year takes the year of the entry it cross-references.
by_key = {e["key"]: e for e in entries if e["key"]}
for e in entries:
    target = by_key.get(e["crossref"]) if e["crossref"] else None
    e["inherited"] = not e["year"] and target is not None and target["year"]
for e in entries:
    e["dated"] = e["year"] or e["inherited"]
papers = [e for e in entries if e["author"]]
parent = {e["line"]: e["line"] for e in papers}


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


for pair in pairs:
    kept, dropped = (int(v) for v in pair.split(":"))
    parent[find(dropped)] = find(kept)
groups = {}
for e in papers:
    groups.setdefault(find(e["line"]), []).append(e)
print(
    json.dumps(
        {
            "entries": len(entries),
            "withoutYear": sum(1 for e in entries if not e["year"]),
            "withoutYearOrAuthor": sum(1 for e in entries if not e["year"] and not e["author"]),
            "yearFromCrossref": sum(1 for e in entries if e["inherited"]),
            "papers": len(groups),
            "undatedPapers": sum(1 for g in groups.values() if not any(e["dated"] for e in g)),
        }
    )
)
