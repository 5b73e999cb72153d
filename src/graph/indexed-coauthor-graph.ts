// A read-only coauthor graph over typed arrays: edges are indices, their keys made when asked for.
import {
  edgeKey,
  type CoauthorEdge,
  type CoauthorEdgeCallback,
  type CoauthorGraph,
  type CoauthorNode,
  type EdgeKeyMap,
  type EdgeKeySet,
} from "./coauthor-graph.ts";

/** The arrays an {@link IndexedCoauthorGraph} is made of (edge `e` joins `sources[e]`–`targets[e]`). */
export interface IndexedGraphParts {
  /** Node ids, in graph order. */
  ids: readonly string[];
  /** Node attributes, aligned with `ids`. */
  nodes: readonly CoauthorNode[];
  sources: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  /** Papers of edge `e`: `paperIds[paperIndex[k]]` for `k` in `paperOffsets[e] .. paperOffsets[e + 1]`. */
  paperOffsets: Int32Array;
  paperIndex: Int32Array;
  /** Paper ids by index; an index past the end (or −1) is skipped. */
  paperIds: readonly string[];
}

/**
 * A coauthor graph answering the {@link CoauthorGraph} reads as graphology would for the graph
 * with these nodes and edges in this order (an author's edges in edge order), without a string
 * or an object per edge: a 300k-edge graphology graph keeps a key string in a `Map` per edge,
 * and Chromium walks every such string in each major collection. Edge keys and attributes are
 * made when asked for (attributes are fresh objects: changing one changes nothing).
 */
export class IndexedCoauthorGraph implements CoauthorGraph {
  readonly order: number;
  readonly size: number;
  private readonly index = new Map<string, number>();
  /** Edges of node `v`: `incident[start[v] .. start[v + 1]]`, in edge order. */
  private readonly start: Int32Array;
  private readonly incident: Int32Array;
  /** The same edges ordered by the other end's index, for lookups by pair. */
  private readonly byNeighbor: Int32Array;
  /** The key last made, and its edge: a key is usually looked up right after it is made. */
  private lastKey = "";
  private lastEdge = -1;

  constructor(private readonly parts: IndexedGraphParts) {
    const { ids, sources, targets } = parts;
    this.order = ids.length;
    this.size = sources.length;
    ids.forEach((id, i) => this.index.set(id, i));
    const n = this.order;
    const start = new Int32Array(n + 1);
    for (let e = 0; e < this.size; e++) {
      start[sources[e] + 1]++;
      start[targets[e] + 1]++;
    }
    for (let v = 0; v < n; v++) start[v + 1] += start[v];
    const fill = start.slice(0, n);
    const incident = new Int32Array(2 * this.size);
    for (let e = 0; e < this.size; e++) {
      incident[fill[sources[e]]++] = e;
      incident[fill[targets[e]]++] = e;
    }
    // Visiting the nodes in index order and appending each edge to its other end's list sorts
    // every list by neighbour index.
    fill.set(start.subarray(0, n));
    const byNeighbor = new Int32Array(2 * this.size);
    for (let v = 0; v < n; v++)
      for (let k = start[v]; k < start[v + 1]; k++) {
        const e = incident[k];
        byNeighbor[fill[this.other(e, v)]++] = e;
      }
    this.start = start;
    this.incident = incident;
    this.byNeighbor = byNeighbor;
  }

  private other(e: number, v: number): number {
    const s = this.parts.sources[e];
    return s === v ? this.parts.targets[e] : s;
  }

  private nodeIndex(id: string): number {
    const i = this.index.get(id);
    if (i === undefined) throw new Error(`coauthor-atlas/graph: no author "${id}" in the graph`);
    return i;
  }

  /** Index of the edge between nodes `u` and `v`, or −1. */
  private between(u: number, v: number): number {
    let lo = this.start[u];
    let hi = this.start[u + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const e = this.byNeighbor[mid];
      const w = this.other(e, u);
      if (w === v) return e;
      if (w < v) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Index of the edge with key `edge`, or −1. */
  edgeIndex(edge: string): number {
    if (edge === this.lastKey) return this.lastEdge;
    const cut = edge.indexOf("\u0000");
    if (cut < 0) return -1;
    const u = this.index.get(edge.slice(0, cut));
    const v = this.index.get(edge.slice(cut + 1));
    return u === undefined || v === undefined ? -1 : this.between(u, v);
  }

  /** Key of edge `e`. */
  edgeKeyAt(e: number): string {
    const { ids, sources, targets } = this.parts;
    const key = edgeKey(ids[sources[e]], ids[targets[e]]);
    this.lastKey = key;
    this.lastEdge = e;
    return key;
  }

  private existing(edge: string): number {
    const e = this.edgeIndex(edge);
    if (e < 0) throw new Error("coauthor-atlas/graph: no such collaboration in the graph");
    return e;
  }

  private attributesAt(e: number): CoauthorEdge {
    return new EdgeAttributes(this.parts, e);
  }

  nodes(): string[] {
    return this.parts.ids.slice();
  }

  edges(): string[] {
    const out: string[] = [];
    for (let e = 0; e < this.size; e++) out.push(this.edgeKeyAt(e));
    return out;
  }

  hasNode(id: string): boolean {
    return this.index.has(id);
  }

  hasEdge(a: string, b: string): boolean {
    return this.edge(a, b) !== undefined;
  }

  edge(a: string, b: string): string | undefined {
    const u = this.index.get(a);
    const v = this.index.get(b);
    if (u === undefined || v === undefined) return undefined;
    const e = this.between(u, v);
    return e < 0 ? undefined : this.edgeKeyAt(e);
  }

  source(edge: string): string {
    return this.parts.ids[this.parts.sources[this.existing(edge)]];
  }

  target(edge: string): string {
    return this.parts.ids[this.parts.targets[this.existing(edge)]];
  }

  getNodeAttributes(id: string): CoauthorNode {
    return this.parts.nodes[this.nodeIndex(id)];
  }

  getNodeAttribute<K extends keyof CoauthorNode>(id: string, name: K): CoauthorNode[K] {
    return this.getNodeAttributes(id)[name];
  }

  getEdgeAttributes(edge: string): CoauthorEdge {
    return this.attributesAt(this.existing(edge));
  }

  getEdgeAttribute<K extends keyof CoauthorEdge>(edge: string, name: K): CoauthorEdge[K];
  getEdgeAttribute<K extends keyof CoauthorEdge>(a: string, b: string, name: K): CoauthorEdge[K];
  getEdgeAttribute<K extends keyof CoauthorEdge>(
    a: string,
    b: string | K,
    name?: K,
  ): CoauthorEdge[K] {
    if (name === undefined) return this.getEdgeAttributes(a)[b as K];
    const key = this.edge(a, b);
    if (key === undefined)
      throw new Error("coauthor-atlas/graph: no such collaboration in the graph");
    return this.getEdgeAttributes(key)[name];
  }

  forEachNode(callback: (id: string, attributes: CoauthorNode) => void): void {
    const { ids, nodes } = this.parts;
    for (let i = 0; i < ids.length; i++) callback(ids[i], nodes[i]);
  }

  mapNodes<T>(callback: (id: string, attributes: CoauthorNode) => T): T[] {
    const { ids, nodes } = this.parts;
    const out: T[] = [];
    for (let i = 0; i < ids.length; i++) out.push(callback(ids[i], nodes[i]));
    return out;
  }

  filterNodes(callback: (id: string, attributes: CoauthorNode) => boolean): string[] {
    const { ids, nodes } = this.parts;
    const out: string[] = [];
    for (let i = 0; i < ids.length; i++) if (callback(ids[i], nodes[i])) out.push(ids[i]);
    return out;
  }

  forEachNeighbor(id: string, callback: (other: string, attributes: CoauthorNode) => void): void {
    const v = this.nodeIndex(id);
    const { ids, nodes } = this.parts;
    for (let k = this.start[v]; k < this.start[v + 1]; k++) {
      const w = this.other(this.incident[k], v);
      callback(ids[w], nodes[w]);
    }
  }

  forEachEdge(callback: CoauthorEdgeCallback): void;
  forEachEdge(id: string, callback: CoauthorEdgeCallback): void;
  forEachEdge(first: string | CoauthorEdgeCallback, second?: CoauthorEdgeCallback): void {
    const { ids, sources, targets } = this.parts;
    const visit = (e: number, callback: CoauthorEdgeCallback) =>
      callback(this.edgeKeyAt(e), this.attributesAt(e), ids[sources[e]], ids[targets[e]]);
    if (typeof first === "function") {
      for (let e = 0; e < this.size; e++) visit(e, first);
      return;
    }
    const v = this.nodeIndex(first);
    const callback = second as CoauthorEdgeCallback;
    for (let k = this.start[v]; k < this.start[v + 1]; k++) visit(this.incident[k], callback);
  }

  mapEdges<T>(callback: CoauthorEdgeCallback<T>): T[] {
    const out: T[] = [];
    this.forEachEdge((edge, attributes, source, target) =>
      out.push(callback(edge, attributes, source, target)),
    );
    return out;
  }

  *edgeEntries(): IterableIterator<{
    edge: string;
    attributes: CoauthorEdge;
    source: string;
    target: string;
  }> {
    const { ids, sources, targets } = this.parts;
    for (let e = 0; e < this.size; e++)
      yield {
        edge: this.edgeKeyAt(e),
        attributes: this.attributesAt(e),
        source: ids[sources[e]],
        target: ids[targets[e]],
      };
  }

  createEdgeKeySet(): EdgeKeySet {
    return new EdgeMaskSet(this);
  }

  createEdgeKeyMap<V>(): EdgeKeyMap<V> {
    return new EdgeValueMap<V>(this);
  }
}

/**
 * The attributes of edge `e`: its weight, and its papers read from the arrays when asked for (a
 * fresh array each time). A class, so that the getter lives on the prototype: an object literal
 * with a getter costs a closure and a slow object per edge.
 */
class EdgeAttributes implements CoauthorEdge {
  readonly weight: number;

  constructor(
    private readonly parts: IndexedGraphParts,
    private readonly e: number,
  ) {
    this.weight = parts.weights[e];
  }

  get papers(): string[] {
    const { paperOffsets, paperIndex, paperIds } = this.parts;
    const list: string[] = [];
    for (let k = paperOffsets[this.e]; k < paperOffsets[this.e + 1]; k++) {
      const id = paperIds[paperIndex[k]];
      if (id !== undefined) list.push(id);
    }
    return list;
  }
}

/** A set of an {@link IndexedCoauthorGraph}'s edges: a byte per edge, keys made when iterated. */
class EdgeMaskSet implements EdgeKeySet {
  private readonly member: Uint8Array;
  private count = 0;

  constructor(private readonly graph: IndexedCoauthorGraph) {
    this.member = new Uint8Array(graph.size);
  }

  get size(): number {
    return this.count;
  }

  has(edge: string): boolean {
    const e = this.graph.edgeIndex(edge);
    return e >= 0 && this.member[e] === 1;
  }

  add(edge: string): this {
    const e = this.graph.edgeIndex(edge);
    if (e < 0) throw new Error("coauthor-atlas/graph: no such collaboration in the graph");
    if (this.member[e] === 0) {
      this.member[e] = 1;
      this.count++;
    }
    return this;
  }

  delete(edge: string): boolean {
    const e = this.graph.edgeIndex(edge);
    if (e < 0 || this.member[e] === 0) return false;
    this.member[e] = 0;
    this.count--;
    return true;
  }

  *[Symbol.iterator](): Iterator<string> {
    for (let e = 0; e < this.member.length; e++)
      if (this.member[e] === 1) yield this.graph.edgeKeyAt(e);
  }
}

/** A map from an {@link IndexedCoauthorGraph}'s edges: a slot per edge, keys made when iterated. */
class EdgeValueMap<V> implements EdgeKeyMap<V> {
  private readonly slots: (V | undefined)[];
  private readonly filled: Uint8Array;
  private count = 0;

  constructor(private readonly graph: IndexedCoauthorGraph) {
    this.slots = new Array<V | undefined>(graph.size).fill(undefined);
    this.filled = new Uint8Array(graph.size);
  }

  get size(): number {
    return this.count;
  }

  get(edge: string): V | undefined {
    const e = this.graph.edgeIndex(edge);
    return e >= 0 ? this.slots[e] : undefined;
  }

  set(edge: string, value: V): this {
    const e = this.graph.edgeIndex(edge);
    if (e < 0) throw new Error("coauthor-atlas/graph: no such collaboration in the graph");
    if (this.filled[e] === 0) {
      this.filled[e] = 1;
      this.count++;
    }
    this.slots[e] = value;
    return this;
  }

  *values(): IterableIterator<V> {
    for (let e = 0; e < this.filled.length; e++) if (this.filled[e] === 1) yield this.slots[e] as V;
  }

  *[Symbol.iterator](): Iterator<[string, V]> {
    for (let e = 0; e < this.filled.length; e++)
      if (this.filled[e] === 1) yield [this.graph.edgeKeyAt(e), this.slots[e] as V];
  }

  createKeySet(): EdgeKeySet {
    return this.graph.createEdgeKeySet();
  }
}
