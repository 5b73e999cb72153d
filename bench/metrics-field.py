#!/usr/bin/python3
# Reference side of bench/metrics-field.ts: python-igraph on a profile-format corpus, as a whole process.
#   /usr/bin/python3 bench/metrics-field.py CORPUS.txt OUT.json [--full] [--tolerant]
# Default (field scale): read, build, PageRank, components, Louvain, eigenvector — what igraph does
# in seconds on a million papers. --full adds exact betweenness and closeness (what our CLI
# computes exactly below 50k authors). --tolerant reads records of 2 or 3 lines (the seed profile,
# where some papers have no abstract); the default reads the generator's 3-line records.
import itertools
import json
import sys
import time


def looks_like_authors(line):
    parts = [p.strip() for p in line.split(",")]
    return len(parts) >= 2 and len(parts) % 2 == 0 and all(
        p[:1].isupper() and len(p.split()) <= 4 for p in parts
    )


def bylines(lines, tolerant):
    if not tolerant:
        for i in range(1, len(lines) - 2, 3):
            yield lines[i + 1]
        return
    for line in lines[1:]:
        if looks_like_authors(line):
            yield line


def read_profile(path, tolerant):
    """Authors (display `First Last`, first-seen order) and {(i, j): shared papers}."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    index = {}
    pairs = {}
    for byline in bylines(lines, tolerant):
        parts = [p.strip() for p in byline.split(",")]
        names = list(dict.fromkeys(f"{parts[k + 1]} {parts[k]}" for k in range(0, len(parts) - 1, 2)))
        ids = [index.setdefault(name, len(index)) for name in names]
        if len(ids) > 50:
            continue
        for a, b in itertools.combinations(ids, 2):
            key = (a, b) if a < b else (b, a)
            pairs[key] = pairs.get(key, 0) + 1
    return list(index), pairs


def main():
    import igraph as ig

    path, out = sys.argv[1], sys.argv[2]
    full = "--full" in sys.argv[3:]
    times = {}
    t = time.perf_counter()
    names, pairs = read_profile(path, "--tolerant" in sys.argv[3:])
    times["read"] = time.perf_counter() - t
    t = time.perf_counter()
    g = ig.Graph(n=len(names), edges=list(pairs.keys()))
    g.es["weight"] = list(pairs.values())
    times["build"] = time.perf_counter() - t
    t = time.perf_counter()
    pagerank = g.pagerank(weights="weight", damping=0.85, directed=False)
    times["pagerank"] = time.perf_counter() - t
    t = time.perf_counter()
    membership = g.connected_components().membership
    times["components"] = time.perf_counter() - t
    t = time.perf_counter()
    louvain = g.community_multilevel(weights="weight")
    times["louvain"] = time.perf_counter() - t
    t = time.perf_counter()
    g.eigenvector_centrality(directed=False, scale=True)
    times["eigenvector"] = time.perf_counter() - t
    if full:
        t = time.perf_counter()
        g.betweenness(directed=False)
        times["betweenness"] = time.perf_counter() - t
        t = time.perf_counter()
        g.closeness(normalized=True)
        times["closeness"] = time.perf_counter() - t
    with open(out, "w") as f:
        json.dump(
            {
                "times": times,
                "authors": g.vcount(),
                "edges": g.ecount(),
                "modularity": louvain.modularity,
                "names": names,
                "pagerank": pagerank,
                "component": membership,
            },
            f,
        )


if __name__ == "__main__":
    main()
