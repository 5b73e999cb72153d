// Cutting a field network down for the explorer: an author set kept, the induced subnetwork and its papers.
import { connectedComponents } from "../metrics/components.ts";
import type { Corpus } from "../model/types.ts";
import { csrFromEdges, type FieldNetwork } from "./field-network.ts";

/** A corpus and its network, as the pipeline passes them on. */
export interface FieldPart {
  corpus: Corpus;
  network: FieldNetwork;
}

/**
 * The subnetwork induced by the kept authors: their edges only (weights and shared papers as in
 * the whole network, so a big paper cut down still counts as it did), the papers with at least one
 * kept author (bylines cut to the kept authors), links between kept authors, the corpus's files
 * and warnings. Node and edge order are kept; papers keep their ids.
 */
export function inducedSubnetwork({ corpus, network }: FieldPart, keep: Uint8Array): FieldPart {
  const n = network.ids.length;
  const newIndex = new Int32Array(n).fill(-1);
  const ids: string[] = [];
  for (let v = 0; v < n; v++)
    if (keep[v]) {
      newIndex[v] = ids.length;
      ids.push(network.ids[v]);
    }
  const keptIds = new Set(ids);
  const paperIndex = new Int32Array(corpus.papers.length).fill(-1);
  const papers: Corpus["papers"] = [];
  const paperAuthorOffsets: number[] = [0];
  const paperAuthorNodes: number[] = [];
  corpus.papers.forEach((paper, p) => {
    const authors = paper.authors.filter((id) => keptIds.has(id));
    if (authors.length === 0) return;
    paperIndex[p] = papers.length;
    papers.push(authors.length === paper.authors.length ? paper : { ...paper, authors });
    for (let k = network.paperAuthorOffsets[p]; k < network.paperAuthorOffsets[p + 1]; k++) {
      const v = newIndex[network.paperAuthorNodes[k]];
      if (v >= 0) paperAuthorNodes.push(v);
    }
    paperAuthorOffsets.push(paperAuthorNodes.length);
  });
  const source: number[] = [];
  const target: number[] = [];
  const weight: number[] = [];
  const paperOffsets: number[] = [0];
  const edgePapers: number[] = [];
  for (let e = 0; e < network.edgeSource.length; e++) {
    const s = newIndex[network.edgeSource[e]];
    const t = newIndex[network.edgeTarget[e]];
    if (s < 0 || t < 0) continue;
    source.push(s);
    target.push(t);
    weight.push(network.edgeWeight[e]);
    for (let k = network.edgePaperOffsets[e]; k < network.edgePaperOffsets[e + 1]; k++)
      edgePapers.push(paperIndex[network.edgePapers[k]]);
    paperOffsets.push(edgePapers.length);
  }
  const pick = <T extends Int32Array | Uint8Array>(values: T): T =>
    values.filter((_, v) => keep[v] === 1) as T;
  const edgeSource = Int32Array.from(source);
  const edgeTarget = Int32Array.from(target);
  const edgeWeight = Float64Array.from(weight);
  return {
    corpus: {
      ...corpus,
      papers,
      authors: corpus.authors.filter((a) => keptIds.has(a.id)),
      links: corpus.links.filter((l) => keptIds.has(l.source) && keptIds.has(l.target)),
      owners: corpus.owners.filter((id) => keptIds.has(id)),
    },
    network: {
      ids,
      names: network.names.filter((_, v) => keep[v] === 1),
      paperCounts: pick(network.paperCounts),
      owner: pick(network.owner),
      edgeSource,
      edgeTarget,
      edgeWeight,
      edgePaperOffsets: Int32Array.from(paperOffsets),
      edgePapers: Int32Array.from(edgePapers),
      paperAuthorOffsets: Int32Array.from(paperAuthorOffsets),
      paperAuthorNodes: Int32Array.from(paperAuthorNodes),
      csr: csrFromEdges(ids, edgeSource, edgeTarget, edgeWeight),
    },
  };
}

/** Authors on at least `minPapers` papers. */
export function keepMinPapers(network: FieldNetwork, minPapers: number): Uint8Array {
  return Uint8Array.from(network.paperCounts, (count) => (count >= minPapers ? 1 : 0));
}

/** The authors of the largest connected component (ties: the one holding the earliest author). */
export function keepLargestComponent(network: FieldNetwork): Uint8Array {
  const { component } = connectedComponents(network.csr);
  return Uint8Array.from(component, (c) => (c === 0 ? 1 : 0));
}

/**
 * The author `query` names: its id (identity key) exactly, else its display name, case-folded.
 * Throws a message naming the candidates when a name is ambiguous, or that no author matches.
 */
export function findAuthor(network: FieldNetwork, query: string): number {
  const byId = network.ids.indexOf(query);
  if (byId >= 0) return byId;
  const folded = query.trim().toLocaleLowerCase();
  const matches: number[] = [];
  network.names.forEach((name, v) => {
    if (name.toLocaleLowerCase() === folded) matches.push(v);
  });
  if (matches.length === 1) return matches[0];
  if (matches.length > 1)
    throw new Error(
      `--ego ${JSON.stringify(query)} names ${matches.length} authors; give an id: ${matches
        .slice(0, 5)
        .map((v) => JSON.stringify(network.ids[v]))
        .join(", ")}`,
    );
  throw new Error(`--ego ${JSON.stringify(query)}: no author has this id or name`);
}

/** The author and everyone within `hops` coauthor steps (breadth-first). */
export function keepEgo(network: FieldNetwork, center: number, hops: number): Uint8Array {
  const { offsets, targets } = network.csr;
  const keep = new Uint8Array(network.ids.length);
  let frontier = [center];
  keep[center] = 1;
  for (let step = 0; step < hops && frontier.length > 0; step++) {
    const next: number[] = [];
    for (const v of frontier)
      for (let e = offsets[v]; e < offsets[v + 1]; e++) {
        const w = targets[e];
        if (!keep[w]) {
          keep[w] = 1;
          next.push(w);
        }
      }
    frontier = next;
  }
  return keep;
}

/**
 * The `top` authors by `values` (descending; ties by display name, as the table ranks them).
 * Everyone is kept when there are no more than `top`.
 */
export function keepTop(network: FieldNetwork, values: ArrayLike<number>, top: number): Uint8Array {
  const n = network.ids.length;
  const order = Array.from({ length: n }, (_, v) => v);
  order.sort((a, b) => values[b] - values[a] || network.names[a].localeCompare(network.names[b]));
  const keep = new Uint8Array(n);
  for (let k = 0; k < Math.min(top, n); k++) keep[order[k]] = 1;
  return keep;
}
