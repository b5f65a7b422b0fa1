/**
 * A file's bytes, read by range as the reader needs them: bytes already in memory, or a file
 * read from disk a range at a time (the Node entry's `fileBytes`), so that a file's bytes need
 * not be held whole either. Pure: the disk is the caller's.
 */
export interface ByteSource {
  /** The file's size in bytes. */
  readonly length: number;
  /**
   * Bytes `from` … `to` − 1 (to at most `length`): not to be written to, and read only until
   * the next call (a source may read every range into one buffer).
   */
  read(from: number, to: number): Uint8Array;
}

/** The file could not be read to the end (it changed or vanished while being read): `unreadable-file`. */
export class UnreadableSource extends Error {}

/** Bytes already in memory, as a source (views, no copies). */
export function bytesInMemory(bytes: Uint8Array): ByteSource {
  return { length: bytes.length, read: (from, to) => bytes.subarray(from, to) };
}

/**
 * Bytes a pass over a whole source reads at a time: the size of a decoded chunk (textWindows'
 * `CHUNK_BYTES`), so that one buffer of a file read from disk serves both passes. With 4 MiB
 * ranges the buffers came to 57 MB over a load of 80,000 children × 3 years (27 MB now), held
 * outside the heap until a full collection, and the reading was no faster.
 */
const PASS_BYTES = 1 << 20;

/** Calls `each` with the source's bytes from `from` to the end, a range at a time, until it returns true; true when it did. */
export function someRange(source: ByteSource, from: number, each: (range: Uint8Array) => boolean): boolean {
  for (let at = from; at < source.length; at += PASS_BYTES) if (each(source.read(at, Math.min(source.length, at + PASS_BYTES)))) return true;
  return false;
}
