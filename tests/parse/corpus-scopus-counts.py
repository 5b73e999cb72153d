# Independent counts for the scopus.bib + scopus.ris corpus test in tests/parse/corpus.test.ts.
# Run: python3 tests/parse/corpus-scopus-counts.py ../shared/corpora
# Records are read by the regex readers of dedup-counts.py (BibTeX through the helpers of
# corpora-a-counts.py) and merged in load order (bib, then ris) by its dedup rules: records
# without authors left out; same DOI; else same folded title and sorted author keys unless DOIs,
# years or venues differ (a preprint merges anyway). Authors = distinct keys on kept records only.
import importlib.util
import sys
from pathlib import Path

spec = importlib.util.spec_from_file_location("dedup", Path(__file__).with_name("dedup-counts.py"))
dedup = importlib.util.module_from_spec(spec)
spec.loader.exec_module(dedup)

root = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora"
bib = [dict(r, source="bib") for r in dedup.bibtex(f"{root}/scopus.bib")]
ris = [dict(r, source="ris") for r in dedup.ris(f"{root}/scopus.ris")]
stats = {}
papers, merged = dedup.dedup(bib + ris, stats)
kept = stats["kept"]
bib_keys = {k for r in kept if r["source"] == "bib" for k in r["keys"]}
ris_only = [r for r in kept if r["source"] == "ris"]
ris_only_keys = {k for r in ris_only for k in r["keys"]}
print(f"papers {papers} (bib {papers - len(ris_only)}, ris-only {len(ris_only)}); "
      f"merged by DOI {stats['doi']}, by title and authors {stats['title']}; "
      f"bib keys {len(bib_keys)}; ris-only papers' keys {len(ris_only_keys)}, "
      f"of them not in bib {len(ris_only_keys - bib_keys)}; authors {len(bib_keys | ris_only_keys)}")
