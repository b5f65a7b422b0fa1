import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { type ByteSource, UnreadableSource } from "../io/csv/byteSource.js";
import type { FileContent } from "../io/ssda903/readTable.js";

/** How the Node entry reads a folder's files from disk, in whichever thread reads them. */

// Unreadable (permissions, a vanished file): NUL content makes the reader say so.
const UNREADABLE = () => new Uint8Array([0]);

/** The whole file at PATH (`readFolder903`), or NUL content when it cannot be read. */
export async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return bytesOf(await readFile(path));
  } catch {
    return UNREADABLE();
  }
}

/** Bytes a file's read buffer has over the range that grew it. */
const READ_SLACK = 64 * 1024;

/** The one read buffer of the files a thread reads, one after another. */
export interface ReadBuffer {
  bytes: Uint8Array;
}

/**
 * The file at PATH read from disk a range at a time, as the reader asks (`ByteSource`), so that
 * its bytes are never held whole: its size is taken now, and each range opens the file again
 * and is read into `shared`, the buffer of every file a thread reads. A range is used before the
 * next is asked for, of this file or another (a thread reads one file at a time), so one
 * buffer serves them all: a buffer for each file came to 28 MB of fresh memory over a load of
 * 80,000 children × 3 years, held until a full collection.
 * A file that cannot be opened reads as unreadable, as a file read whole did; one that cannot be
 * read to the end (it shrank or vanished meanwhile) is `unreadable-file` (`UnreadableSource`).
 */
export function fileBytes(path: string, shared: ReadBuffer): ByteSource | Uint8Array {
  let length: number;
  try {
    const fd = openSync(path, "r");
    try {
      length = fstatSync(fd).size;
    } finally {
      closeSync(fd);
    }
  } catch {
    return UNREADABLE();
  }
  return {
    length,
    read(from: number, to: number): Uint8Array {
      // Grown as needed, with room to spare: a decoded chunk is a whole range plus the part line kept from the last.
      if (shared.bytes.length < to - from) shared.bytes = new Uint8Array(to - from + READ_SLACK);
      const bytes = shared.bytes.subarray(0, Math.max(0, to - from));
      try {
        const fd = openSync(path, "r");
        try {
          for (let got = 0; got < bytes.length; ) {
            const read = readSync(fd, bytes, got, bytes.length - got, from + got);
            if (read === 0) throw new UnreadableSource("it is shorter than when it was opened");
            got += read;
          }
        } finally {
          closeSync(fd);
        }
      } catch (error) {
        throw error instanceof UnreadableSource ? error : new UnreadableSource(errorCode(error, "it cannot be read"));
      }
      return bytes;
    },
  };
}

export function errorCode(error: unknown, otherwise = "it cannot be listed"): string {
  return error && typeof error === "object" && "code" in error && typeof error.code === "string" ? error.code : otherwise;
}

function bytesOf(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength); // a view: no copy
}

/**
 * The content of a listed file: FROM as `open` reads it (whole, `readBytes`, or a range at a
 * time, `fileBytes`), why it is not read (`notRead`), or empty when FROM is null (a file the
 * reader reports as unknown).
 */
export function listedContent<T>(from: string | null, notRead: string | null, open: (path: string) => T): T | FileContent {
  if (from === null) return new Uint8Array(0);
  return notRead !== null ? { notRead } : open(from);
}
