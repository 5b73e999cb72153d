// Test helper: the title hashes a parse worker adds, checked and taken off.
import { expect } from "vitest";
import type { AuthorName, PaperRecord } from "../../src/model/types.ts";
import { recordTitleHash } from "../../src/parse/title-key.ts";

/**
 * The title hashes a parse worker adds (parse/title-key.ts): each checked against the title,
 * then taken off so that the records compare with one reader's, which adds none.
 */
export function checkTitleHashes(events: (AuthorName | PaperRecord)[]): void {
  for (const event of events)
    if ("title" in event) {
      expect(event.titleHash).toBe(recordTitleHash(event.title));
      delete event.titleHash;
    }
}
