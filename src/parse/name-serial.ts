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
