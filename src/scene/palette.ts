// Community colours: a fixed categorical palette, assigned to communities by decreasing size.

/** Twelve hues that stay apart on white and for the common colour-vision deficiencies. */
export const COMMUNITY_PALETTE: readonly string[] = [
  "#2563eb",
  "#f97316",
  "#10b981",
  "#e11d48",
  "#8b5cf6",
  "#0891b2",
  "#ca8a04",
  "#db2777",
  "#65a30d",
  "#9a3412",
  "#4f46e5",
  "#0f766e",
];

/** Colour of communities beyond the palette. */
export const OTHER_COLOR = "#94a3b8";

/**
 * Colours communities: the largest gets the first palette colour, and so on; communities past
 * the palette share {@link OTHER_COLOR}. Ties in size go to the smaller community number.
 */
export function communityColors(
  communities: Iterable<number>,
  palette: readonly string[] = COMMUNITY_PALETTE,
): Map<number, string> {
  const sizes = new Map<number, number>();
  for (const c of communities) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const order = [...sizes.keys()].sort(
    (a, b) => (sizes.get(b) as number) - (sizes.get(a) as number) || a - b,
  );
  return new Map(order.map((c, i) => [c, palette[i] ?? OTHER_COLOR]));
}
