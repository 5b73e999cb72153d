// Connected components over CSR, numbered largest first.
import type { CsrTopology } from "./brandes.ts";

export interface ComponentsResult {
  /** Component index of each node: 0 is the largest; ties go to the one holding the earliest node. */
  component: Int32Array;
  /** Size of each component, by index (so non-increasing). */
  sizes: number[];
}

/** Labels connected components by BFS and renumbers them by size, descending. */
export function connectedComponents(csr: CsrTopology): ComponentsResult {
  const { offsets, targets } = csr;
  const n = offsets.length - 1;
  const label = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const found: number[] = [];
  for (let root = 0; root < n; root++) {
    if (label[root] >= 0) continue;
    const id = found.length;
    let head = 0;
    let tail = 1;
    queue[0] = root;
    label[root] = id;
    while (head < tail) {
      const v = queue[head++];
      for (let e = offsets[v]; e < offsets[v + 1]; e++) {
        const w = targets[e];
        if (label[w] < 0) {
          label[w] = id;
          queue[tail++] = w;
        }
      }
    }
    found.push(tail);
  }
  // Components were found in order of their earliest node, and the sort is stable.
  const order = found.map((_, id) => id).sort((a, b) => found[b] - found[a]);
  const rank = new Int32Array(found.length);
  order.forEach((id, position) => (rank[id] = position));
  const component = new Int32Array(n);
  for (let v = 0; v < n; v++) component[v] = rank[label[v]];
  return { component, sizes: order.map((id) => found[id]) };
}
