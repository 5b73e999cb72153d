// A serial number on each name a memo makes: a later stage tells the names apart without hashing them.

const SERIAL = Symbol("coauthor-atlas name serial");
/** Serials are unique within a thread: names from two memos never share one. */
let next = 0;

/** Gives a remembered name its serial (before it is frozen); returns it. */
export function withSerial<T extends object>(name: T): T {
  Object.defineProperty(name, SERIAL, { value: next++ });
  return name;
}

/** The serial {@link withSerial} gave this name, if it was given one. */
export function serialOf(name: object): number | undefined {
  return (name as { [SERIAL]?: number })[SERIAL];
}
