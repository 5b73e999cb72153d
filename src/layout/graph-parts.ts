// The parts a layout treats apart: connected components of a LayoutInput's edges, largest first.

export interface ComponentLabels {
  /** Component of each node: 0 is the largest, ties broken by the smallest node index. */
  component: Int32Array;
  /** Nodes per component, by component label (non-increasing). */
  sizes: number[];
}

/** Connected components of `n` nodes joined by `sources[e]`–`targets[e]` (union–find, linear). */
export function componentLabels(
  n: number,
  sources: ArrayLike<number>,
  targets: ArrayLike<number>,
): ComponentLabels {
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (let e = 0; e < sources.length; e++) {
    const a = find(sources[e]);
    const b = find(targets[e]);
    // The smaller index becomes the root, so every root is its component's first node.
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  const count = new Int32Array(n);
  for (let i = 0; i < n; i++) count[find(i)]++;
  const roots: number[] = [];
  for (let i = 0; i < n; i++) if (parent[i] === i) roots.push(i);
  roots.sort((a, b) => count[b] - count[a] || a - b);
  const label = new Int32Array(n);
  roots.forEach((r, k) => (label[r] = k));
  const component = new Int32Array(n);
  for (let i = 0; i < n; i++) component[i] = label[find(i)];
  return { component, sizes: roots.map((r) => count[r]) };
}
