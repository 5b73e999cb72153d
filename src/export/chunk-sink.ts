// Streamed export output: writers yield text record by record; a buffered pump hands it to any sink.

/**
 * Where streamed text goes: a file, standard output, a test's array. A returned promise is awaited
 * before the next chunk (backpressure), so a slow sink never makes the writer hold more text.
 */
export type ChunkSink = (chunk: string) => void | Promise<void>;

export interface PumpOptions {
  /** Characters gathered before a chunk goes to the sink: fewer, larger writes. */
  chunkChars: number;
}

export const DEFAULT_PUMP_OPTIONS: PumpOptions = { chunkChars: 1 << 16 };

/**
 * Writes the pieces of `pieces` to `sink` in order, gathered into chunks of about `chunkChars`
 * characters. Nothing longer than one chunk plus one piece is ever held, whatever the total size.
 */
export async function pumpChunks(
  pieces: Iterable<string>,
  sink: ChunkSink,
  options: Partial<PumpOptions> = {},
): Promise<void> {
  const { chunkChars } = { ...DEFAULT_PUMP_OPTIONS, ...options };
  let parts: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    parts.push(piece);
    size += piece.length;
    if (size >= chunkChars) {
      const chunk = parts.join("");
      parts = [];
      size = 0;
      await sink(chunk);
    }
  }
  if (size > 0) await sink(parts.join(""));
}

/** The whole text of a writer's pieces, for callers that want one string (small networks, tests). */
export function joinChunks(pieces: Iterable<string>): string {
  const parts: string[] = [];
  for (const piece of pieces) parts.push(piece);
  return parts.join("");
}
