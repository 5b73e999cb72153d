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

/** Colour for authors without a community (and for an empty palette). */
export const OTHER_COLOR = "#94a3b8";

/** Mixes a `#rrggbb` colour with white (amount > 0) or black (amount < 0), |amount| ≤ 1. */
export function shade(color: string, amount: number): string {
  const n = Number.parseInt(color.slice(1), 16);
  const target = amount > 0 ? 255 : 0;
  const a = Math.abs(amount);
  const channel = (shift: number) => {
    const c = (n >> shift) & 255;
    return Math.round(c + (target - c) * a)
      .toString(16)
      .padStart(2, "0");
  };
  return `#${channel(16)}${channel(8)}${channel(0)}`;
}

/** Rounds of the palette: as is, lighter, darker; then the rounds repeat. */
const ROUNDS = [0, 0.45, -0.35];

/**
 * Colours communities: the largest gets the first palette colour, and so on; after the palette
 * come its lighter, then its darker round, then the rounds repeat (a big map has hundreds of
 * communities; repeating colours reads better than a sea of grey, and the legend names the
 * largest). Ties in size go to the smaller community number.
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
  return new Map(
    order.map((c, i) => {
      const round = Math.floor(i / palette.length) % ROUNDS.length;
      const base = palette[i % palette.length];
      if (base === undefined) return [c, OTHER_COLOR];
      return [c, round === 0 ? base : shade(base, ROUNDS[round])];
    }),
  );
}
