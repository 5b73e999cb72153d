// Keyboard moves on the map: from an author to the coauthor (else the author) lying in an arrow's direction.

export type Direction = "left" | "right" | "up" | "down";

export interface Point {
  id: string;
  x: number;
  y: number;
}

const VECTORS: Record<Direction, [number, number]> = {
  right: [1, 0],
  left: [-1, 0],
  // World y grows downwards, as on the screen.
  up: [0, -1],
  down: [0, 1],
};

/** The arrow key's direction, or null for another key. */
export function directionOf(key: string): Direction | null {
  if (key === "ArrowLeft") return "left";
  if (key === "ArrowRight") return "right";
  if (key === "ArrowUp") return "up";
  if (key === "ArrowDown") return "down";
  return null;
}

/**
 * The point among `candidates` best placed in `direction` from `from`: within 60° of it, the one
 * with the smallest distance times (2 − cos angle), so a point straight ahead beats a closer one
 * off to the side. Null when none lies that way.
 */
export function pointInDirection(
  from: Point,
  direction: Direction,
  candidates: Iterable<Point>,
): Point | null {
  const [dx, dy] = VECTORS[direction];
  let best: Point | null = null;
  let bestCost = Infinity;
  for (const p of candidates) {
    if (p.id === from.id) continue;
    const vx = p.x - from.x;
    const vy = p.y - from.y;
    const d = Math.hypot(vx, vy);
    if (d === 0) continue;
    const cos = (vx * dx + vy * dy) / d;
    if (cos < 0.5) continue;
    const cost = d * (2 - cos);
    if (cost < bestCost || (cost === bestCost && best !== null && p.id < best.id)) {
      best = p;
      bestCost = cost;
    }
  }
  return best;
}

/**
 * Where an arrow key moves the focus: to the coauthor in that direction, else to any shown author
 * in that direction, else nowhere (null).
 */
export function nextFocus(
  from: Point,
  direction: Direction,
  neighbours: Iterable<Point>,
  everyone: Iterable<Point>,
): Point | null {
  return (
    pointInDirection(from, direction, neighbours) ?? pointInDirection(from, direction, everyone)
  );
}
