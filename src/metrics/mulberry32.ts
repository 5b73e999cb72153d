// Seeded pseudo-random numbers: mulberry32, a 32-bit generator small enough to inline anywhere.

/** A function returning uniform numbers in [0, 1), like Math.random. */
export type Rng = () => number;

/**
 * Returns a seeded generator (Tommy Ettinger's mulberry32): same seed, same sequence, on every
 * platform. Period 2^32, which is plenty for shuffling and sampling graph nodes.
 */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
