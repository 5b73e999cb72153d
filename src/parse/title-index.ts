// Titles by hash in typed arrays: the corpus builder's duplicate lookup without a Map of a million title strings.
import { GrowableInt32 } from "../model/growable.ts";
import { slotOfHash } from "./string-hash.ts";

const NONE: readonly number[] = Object.freeze([]);

/**
 * Entries (a number each: the builder's paper and record) filed under a 32-bit title hash.
 * Open addressing with linear probing over the distinct hashes; the entries of one hash are
 * chained. Hashes are not titles: the caller compares the titles of the entries it gets back.
 */
export class TitleIndex {
  /** Per slot: 1 + the newest entry of the slot's hash, or 0 when the slot is free. */
  private slots = new Int32Array(1 << 12);
  /** Distinct hashes held. */
  private distinct = 0;
  private hashes = new GrowableInt32();
  private values = new GrowableInt32();
  /** Per entry: 1 + the entry before it with the same hash, or 0. */
  private before = new GrowableInt32();

  /** Files `value` under `hash`; returns the new entry's number (0, 1, 2, … in order). */
  add(hash: number, value: number): number {
    if (2 * (this.distinct + 1) > this.slots.length) this.grow();
    const entry = this.hashes.length;
    const slot = this.find(hash);
    const head = this.slots[slot];
    if (head === 0) this.distinct++;
    this.hashes.push(hash);
    this.values.push(value);
    this.before.push(head);
    this.slots[slot] = entry + 1;
    return entry;
  }

  /** The entries filed under `hash`, oldest first (a shared empty list when there are none). */
  entries(hash: number): readonly number[] {
    let next = this.slots[this.find(hash)];
    if (next === 0) return NONE;
    const out: number[] = [];
    for (; next !== 0; next = this.before.get(next - 1)) out.push(next - 1);
    return out.reverse();
  }

  /** The value filed with an entry. */
  value(entry: number): number {
    return this.values.get(entry);
  }

  /** Drops every entry (the memory with it). */
  clear(): void {
    this.slots = new Int32Array(1);
    this.distinct = 0;
    this.hashes = new GrowableInt32(1);
    this.values = new GrowableInt32(1);
    this.before = new GrowableInt32(1);
  }

  /** The slot holding `hash`, or the free slot where it would go. */
  private find(hash: number): number {
    const mask = this.slots.length - 1;
    let slot = slotOfHash(hash, mask);
    for (;;) {
      const head = this.slots[slot];
      if (head === 0 || this.hashes.get(head - 1) === hash) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (const head of old) if (head !== 0) this.slots[this.find(this.hashes.get(head - 1))] = head;
  }
}
