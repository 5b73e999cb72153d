// Community colours: a colour-blind-safe palette for the largest communities, one neutral grey for the rest.

/**
 * Paul Tol's "muted" qualitative scheme (https://personal.sron.nl/~pault/#sec:qualitative):
 * nine colours that stay distinct for the common colour-vision deficiencies and read on white
 * and on dark backgrounds, in Tol's order.
 */
export const COMMUNITY_PALETTE: readonly string[] = [
  "#cc6677",
  "#332288",
  "#ddcc77",
  "#117733",
  "#88ccee",
  "#882255",
  "#44aa99",
  "#999933",
  "#aa4499",
];

/** The neutral tone of every community beyond the palette, and of authors without one. */
export const OTHER_COLOR = "#b4b9c0";

/** What the legend calls {@link OTHER_COLOR}. */
export const OTHER_COLOR_NAME = "grey";

/**
 * Colours communities: the largest gets the first palette colour, and so on; the communities
 * beyond the palette all get {@link OTHER_COLOR} (a map of hundreds of communities cannot give
 * each a colour one can tell apart, and the legend says "N other communities in grey"). Ties in
 * size go to the smaller community number.
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
