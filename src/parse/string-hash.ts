// 32-bit FNV-1a over a string's UTF-16 code units, and a slot for such a hash in a power-of-two table.

/** FNV-1a's offset basis: the hash of nothing. */
export const FNV_OFFSET = 0x811c9dc5;

/**
 * FNV-1a of `text[from..to)`, continuing from `hash` (so pieces hash as their concatenation);
 * `| 0` it for a signed 32-bit number.
 */
export function fnv1a(text: string, from = 0, to = text.length, hash = FNV_OFFSET): number {
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

/** Where a hash starts probing in a table of `mask + 1` slots (bits mixed: high ones count too). */
export function slotOfHash(hash: number, mask: number): number {
  return Math.imul(hash ^ (hash >>> 16), 0x45d9f3b) & mask;
}
