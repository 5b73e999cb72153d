// A serial number on each name a memo makes: a later stage tells the names apart without hashing them.

const SERIAL = Symbol("coauthor-atlas name serial");
/** Serials are unique within a thread: names from two memos never share one. */
let next = 0;

/**
 * Gives a name its serial (before it is frozen); returns it. The name must not change after:
 * later stages remember what they found for it by its serial (the corpus builder its author).
 * Copies (`{ ...name }`) carry no serial.
 */
export function withSerial<T extends object>(name: T): T {
  Object.defineProperty(name, SERIAL, { value: next++ });
  return name;
}

/** The serial {@link withSerial} gave this name, if it was given one. */
export function serialOf(name: object): number | undefined {
  return (name as { [SERIAL]?: number })[SERIAL];
}

/** Numbers kept per name serial (an entry, an index sent): found without hashing the name. */
export class SerialTable {
  /** Per serial: 1 + its number, or 0. */
  private numbers = new Int32Array(1 << 12);

  /** The number kept for this name's serial, or -1 (no serial, or none kept). */
  get(name: object): number {
    const serial = serialOf(name);
    return serial === undefined || serial >= this.numbers.length ? -1 : this.numbers[serial] - 1;
  }

  /** Keeps a number (≥ 0) for this name's serial; a name without one is left out. */
  set(name: object, value: number): void {
    const serial = serialOf(name);
    if (serial === undefined) return;
    if (serial >= this.numbers.length) {
      const wider = new Int32Array(Math.max(2 * this.numbers.length, serial + 1));
      wider.set(this.numbers);
      this.numbers = wider;
    }
    this.numbers[serial] = value + 1;
  }
}
