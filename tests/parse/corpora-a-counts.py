# Independent counts for tests/parse/corpora-a.test.ts, written apart from the TypeScript parsers.
# Run: python3 tests/parse/corpora-a-counts.py ../shared/corpora
# BibTeX: entries found by regex `@type{` anywhere (Scopus puts `}@ARTICLE{` on one line), author
# fields cut out by brace counting, names split at top-level ` and `, decoded by a small LaTeX
# table, `Last, First` reordered, keys folded (NFD, marks removed, lower case, punctuation → space).
# RIS: records counted by `ER  -` lines, authors from `AU  -` lines, same reordering and folding.
import re
import sys
import unicodedata

ACC = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304",
       ".": "\u0307", "u": "\u0306", "v": "\u030c", "H": "\u030b", "c": "\u0327", "k": "\u0328", "r": "\u030a"}
LET = {"ss": "ß", "o": "ø", "O": "Ø", "l": "ł", "L": "Ł", "aa": "å", "AA": "Å", "ae": "æ", "oe": "œ", "i": "ı"}


def balanced(text, i):
    """Content of the braced group whose `{` is at text[i-1]."""
    d, j = 1, i
    while d:
        d += {"{": 1, "}": -1}.get(text[j], 0)
        j += 1
    return text[i:j - 1]


def split_and(s):
    parts, cur, d = [], "", 0
    for t in re.split(r"(\s+and\s+)", s):
        if re.fullmatch(r"\s+and\s+", t) and d == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += t
            d += t.count("{") - t.count("}")
    parts.append(cur)
    return [" ".join(p.split()) for p in parts if p.strip() and p.strip() != "others"]


def decode(s):
    s = s.replace("\\-", "").replace("\\relax", "")

    def acc(m):
        base = (m.group(2) or m.group(3) or m.group(4)).replace("\\i", "i").replace("\\j", "j")
        return base[0] + ACC[m.group(1)] + base[1:]

    for _ in range(2):
        s = re.sub(r"\\(['`^\"~=.]|[uvHckr](?![a-zA-Z]))\s*(?:\{(\\?[a-zA-Z]*)\}|(\\[ij](?![a-zA-Z]))|([a-zA-Z]))", acc, s)
    s = re.sub(r"\\(ss|aa|AA|ae|oe|o|O|l|L|i)(?![a-zA-Z])\s?", lambda m: LET[m.group(1)], s)
    s = s.replace("{", "").replace("}", "").replace("~", " ")
    return " ".join(unicodedata.normalize("NFC", s).split())


def display(raw, latex=True):
    dec = decode if latex else (lambda x: " ".join(x.split()))
    parts = [p.strip() for p in re.split(r",(?![^{]*\})", raw)]
    if len(parts) == 1:
        last, jr, first = "", "", parts[0]
    elif len(parts) == 2:
        last, first, jr = parts[0], parts[1], ""
    else:
        last, jr, first = parts[0], parts[1], ", ".join(parts[2:])
    last = re.sub(r"\s+\d{4}$", "", last) if last else last
    first = re.sub(r"\s+\d{4}$", "", first) if not last else first
    return " ".join(x for x in (dec(first), dec(last), dec(jr)) if x)


def key(raw, latex=True):
    d = display(raw, latex)
    m = re.search(r"\s(\d{4})$", raw.strip())
    if m:
        d += " " + m.group(1)
    d = unicodedata.normalize("NFD", d)
    d = "".join(c for c in d if not unicodedata.category(c).startswith("M")).lower()
    d = d.translate(str.maketrans({"ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"}))
    d = re.sub(r"['’‘ʼ`´]", "", d)
    return " ".join(re.sub(r"[^\w]|_", " ", d).split())


def report(name, papers, with_authors, names, latex):
    print(f"{name}: papers {papers}, with authors {with_authors}, author mentions {len(names)}, "
          f"distinct names {len({display(n, latex) for n in names})}, distinct keys {len({key(n, latex) for n in names})}")


def bibtex(path):
    t = open(path, encoding="utf-8-sig").read()
    starts = [m for m in re.finditer(r"@(\w+)\s*\{", t) if m.group(1).lower() not in ("string", "preamble", "comment")]
    entries = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(t)
        body = t[m.end():end]
        key_ = body.split(",", 1)[0].strip()
        a = re.search(r"(?im)^\s*author\s*=\s*\{", body)
        x = re.search(r"(?im)^\s*crossref\s*=\s*\{([^}]*)\}", body)
        entries.append((key_.lower(), balanced(body, a.end()) if a else None, x.group(1).lower() if x else None))
    keys = {k for k, _, _ in entries}
    targets = {x for _, _, x in entries if x in keys}
    papers = [e for e in entries if not (e[1] is None and e[0] in targets)]
    names = [n for _, a, _ in papers if a for n in split_and(a)]
    report(path, len(papers), sum(1 for p in papers if p[1] and split_and(p[1])), names, True)


def ris(path):
    t = open(path, encoding="utf-8-sig").read()
    records = re.split(r"(?m)^ER  -.*$", t)[:-1]
    names = [m for r in records for m in re.findall(r"(?m)^AU  - (.*\S)", r)]
    report(path, len(records), sum(1 for r in records if re.search(r"(?m)^AU  - ", r)), names, False)


if __name__ == "__main__":
    root = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora"
    for f in ("krr.bib", "scopus.bib", "dblp.bib"):
        bibtex(f"{root}/{f}")
    ris(f"{root}/scopus.ris")
