// Bytes to text for every reader (CLI and page): UTF-8, or Latin-1 when the bytes are not UTF-8.

/** UTF-8 unless the bytes are not valid UTF-8, then Latin-1 (old DBLP and RIS exports). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("latin1").decode(bytes);
  }
}
