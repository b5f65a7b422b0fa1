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
   * the next call (a source may read every range into one buffer, which the other sources of
   * its folder may share: the Node entry's do).
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
 * Calls `each` with the source's bytes from `from` to the end, `rangeBytes` at a time, until it
 * returns true; true when it did.
 */
export function someRange(source: ByteSource, from: number, rangeBytes: number, each: (range: Uint8Array) => boolean): boolean {
  for (let at = from; at < source.length; at += rangeBytes) if (each(source.read(at, Math.min(source.length, at + rangeBytes)))) return true;
  return false;
}
