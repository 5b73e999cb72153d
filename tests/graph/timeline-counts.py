#!/usr/bin/env python3
"""Papers per year of a BibTeX corpus, apart from the TypeScript parser: a regex over the
`year = {NNNN}` fields. Usage: python3 tests/graph/timeline-counts.py ../shared/corpora/dblp.bib"""
import collections
import json
import re
import sys

text = open(sys.argv[1], encoding="utf-8").read()
entries = re.split(r"^@", text, flags=re.M)[1:]
counts = collections.Counter()
for entry in entries:
    m = re.search(r"^\s*year\s*=\s*[{\"]?\s*(\d{4})", entry, flags=re.M | re.I)
    if m:
        counts[int(m.group(1))] += 1
print(json.dumps({str(y): counts[y] for y in sorted(counts)}))
