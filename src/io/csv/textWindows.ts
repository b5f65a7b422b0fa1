import { type ByteSource, bytesInMemory, someRange } from "./byteSource.js";
import { type Encoding, decodeBytes, decodeUtf8, decodeWindows1252, isUtf16, utf8BomLength } from "./decode.js";

/**
 * A file's text a window at a time, so that no file is ever one string in memory: a national
 * episodes.csv is hundreds of MB, and V8 holds no string of over 2^29 characters. Bytes in
 * UTF-8 or Windows-1252 are decoded a chunk at a time, cut at a line break where there is one
 * (else between two characters); text given as a string, and UTF-16, are one window.
 *
 * Offsets are character offsets in the whole text; a *position* is where a character starts
 * in the source (its byte for bytes, its offset for text), from which `reopenAt` reads again.
 */

/**
 * Bytes decoded at a time. A window then stays under V8's largest ordinary heap object (128 KiB):
 * a larger string is a large object, mapped and released on its own, and decoding 1 MiB chunks
 * cost about 3 ms a MB against 0.15 ms at 64 KiB, most of the text's decoding time.
 */
export const CHUNK_BYTES = 1 << 16;

/** Bytes at a time of the pass that looks for NUL and counts lines: it makes no strings, so fewer, larger reads. */
const PASS_BYTES = 1 << 20;

/** The longest window: a record longer than this (a quote left open, say) makes the file `too-large`. */
export const MAX_WINDOW = 256 * 1024 * 1024;

export type StreamedEncoding = "utf-8" | "windows-1252";

/** The bytes are not valid UTF-8: read them again as Windows-1252 (data.md §2). */
export class NotUtf8 extends Error {}

/** A window had to grow past `MAX_WINDOW` to hold one record. */
export class WindowTooLarge extends Error {}

export class TextWindows {
  /** The window: the whole text from offset `start` on, up to where decoding has got to. */
  text = "";
  start = 0;
  /** The window runs to the end of the file. */
  final = false;
  /** Position of the window's first character, and of the first byte not yet decoded. */
  private byteStart: number;
  private byteEnd: number;
  /** Every character of the window is one byte (positions are then offsets plus `byteStart`). */
  private oneByteChars = true;
  /** A character of the window and its byte, for `positionOf` in a window of multi-byte characters. */
  private cursorChar = 0;
  private cursorByte = 0;

  private constructor(
    private readonly bytes: ByteSource | null,
    private readonly encoding: StreamedEncoding | null,
    from: number,
    private readonly chunkBytes: number,
    private readonly maxWindow: number,
  ) {
    this.byteStart = from;
    this.byteEnd = from;
  }

  /** Text already in memory: one window. */
  static ofText(text: string): TextWindows {
    const windows = new TextWindows(null, null, 0, 0, Infinity);
    windows.text = text;
    windows.final = true;
    return windows;
  }

  /** `bytes` from position `from`, decoded as `encoding` a chunk at a time (`maxWindow`: `MAX_WINDOW`, smaller in tests). */
  static ofBytes(bytes: ByteSource, encoding: StreamedEncoding, options: { from?: number; chunkBytes?: number; maxWindow?: number } = {}): TextWindows {
    const windows = new TextWindows(bytes, encoding, options.from ?? 0, options.chunkBytes ?? CHUNK_BYTES, options.maxWindow ?? MAX_WINDOW);
    windows.advance(0);
    return windows;
  }

  /**
   * Moves the window on to start at offset `keepFrom` (in this window), with more text after
   * it: at least a chunk, and at least as much again as is kept, so that a record spanning many
   * chunks is scanned again only a few times. Only when not `final`.
   */
  advance(keepFrom: number): void {
    const bytes = this.bytes!;
    const keep = keepFrom - this.start;
    const byteStart = this.positionOf(keepFrom);
    let end = Math.min(bytes.length, this.byteEnd + Math.max(this.chunkBytes, this.text.length - keep));
    // The kept bytes, the new, and the three after them that a cut between characters may look at.
    const span = bytes.read(byteStart, Math.min(bytes.length, end + 3));
    if (end < bytes.length) end = byteStart + this.cutBefore(span, this.byteEnd - byteStart, end - byteStart);
    // The kept text is decoded again with the new (rather than joined to it), so that the
    // window is one flat string: the scanner's charCodeAt is slow on a joined one.
    this.text = this.decode(span.subarray(0, end - byteStart));
    if (this.text.length > this.maxWindow) throw new WindowTooLarge();
    this.start = keepFrom;
    this.byteStart = byteStart;
    this.byteEnd = end;
    this.final = end === bytes.length;
    this.oneByteChars = this.text.length === end - byteStart;
    this.cursorChar = 0;
    this.cursorByte = 0;
  }

  /** Where the character at offset `offset` (in this window) starts in the source. */
  positionOf(offset: number): number {
    const local = offset - this.start;
    if (this.bytes === null) return offset;
    if (this.oneByteChars) return this.byteStart + local;
    if (local < this.cursorChar) {
      this.cursorChar = 0;
      this.cursorByte = 0;
    }
    this.cursorByte += utf8Length(this.text, this.cursorChar, local);
    this.cursorChar = local;
    return this.byteStart + this.cursorByte;
  }

  /** The text from `position` on, as windows of its own (whose offsets count from there). */
  reopenAt(position: number): TextWindows {
    if (this.bytes === null) return TextWindows.ofText(this.text.slice(position));
    return TextWindows.ofBytes(this.bytes, this.encoding!, { from: position, chunkBytes: this.chunkBytes, maxWindow: this.maxWindow });
  }

  /**
   * Where in `span` to end the chunk that would end at `end`, its new bytes starting at `from`:
   * after the last line feed among them, else between two characters (a UTF-8 character's
   * other bytes are 10xxxxxx; Windows-1252 has one byte a character).
   */
  private cutBefore(span: Uint8Array, from: number, end: number): number {
    const lineFeed = span.lastIndexOf(10, end - 1);
    if (lineFeed >= from) return lineFeed + 1;
    if (this.encoding !== "utf-8") return end;
    const inCharacter = (at: number) => at < span.length && (span[at]! & 0xc0) === 0x80;
    let cut = end;
    for (let back = 0; back < 3 && cut > from + 1 && inCharacter(cut); back += 1) cut -= 1;
    if (!inCharacter(cut)) return cut;
    // The chunk so far is part of one character: end it after that character instead.
    for (let ahead = 0; ahead < 3 && inCharacter(end); ahead += 1) end += 1;
    return end;
  }

  private decode(chunk: Uint8Array): string {
    const text = this.encoding === "utf-8" ? decodeUtf8(chunk) : decodeWindows1252(chunk);
    if (text === null) throw new NotUtf8();
    return text;
  }
}

/**
 * A file's content as the reader takes it: text in memory (a string, its BOM dropped; or UTF-16
 * bytes, rare and small, decoded whole), or bytes to decode a chunk at a time from `from` (past
 * a UTF-8 BOM). Reads a source's first bytes (which may throw `UnreadableSource`).
 */
export function readableText(content: string | Uint8Array | ByteSource): { text: string; encoding: Encoding } | { bytes: ByteSource; from: number } {
  if (typeof content === "string") return { text: content.charCodeAt(0) === 0xfeff ? content.slice(1) : content, encoding: "utf-8" };
  const bytes = content instanceof Uint8Array ? bytesInMemory(content) : content;
  const head = bytes.read(0, 3);
  if (isUtf16(head)) return decodeBytes(bytes.read(0, bytes.length));
  return { bytes, from: utf8BomLength(head) };
}

/**
 * `read` over the windows of `bytes` decoded as UTF-8, or read again from the start as
 * Windows-1252 when they are not valid UTF-8 (data.md §2): the result is that of decoding the
 * whole file first.
 */
export function readDecoded<T>(
  bytes: ByteSource,
  options: { from: number; chunkBytes?: number },
  read: (windows: TextWindows, encoding: StreamedEncoding) => T,
): T {
  try {
    return read(TextWindows.ofBytes(bytes, "utf-8", options), "utf-8");
  } catch (error) {
    if (!(error instanceof NotUtf8)) throw error;
    return read(TextWindows.ofBytes(bytes, "windows-1252", options), "windows-1252");
  }
}

/**
 * In one pass over the source from `from`: whether it holds a NUL byte (a NUL character in
 * both encodings), and whether it holds more than `limit` line breaks (LF, CRLF, and a CR
 * alone, as the scanner ends lines: a file saved with CR alone, as spreadsheets on a Mac can,
 * has no line feed at all). Both bytes are one byte in UTF-8 and Windows-1252. This reads
 * every byte of a national return, before any record. `lineBreaks` is their number when the
 * source is longer in bytes than `limit` (only then can there be too many) and the pass went
 * to the end (it stops at a NUL once past the limit, or at the first NUL when the lines need no
 * counting); else null.
 */
export function nulAndLineBreaks(source: ByteSource, from: number, limit: number): { hasNul: boolean; linesOver: boolean; lineBreaks: number | null } {
  const countLines = source.length - from > limit;
  const counts: ByteCounts = { breaks: 0, nul: false, crBefore: false };
  // 1 MiB at a time: from disk, one buffer of about that size then serves this pass and the
  // decoding (4 MiB ranges made 57 MB of buffers over a load of 80,000 children × 3 years,
  // against 27 MB, held outside the heap until a full collection, and read no faster).
  someRange(source, from, PASS_BYTES, (range) => {
    if (countLines) countBytes(range, counts);
    else counts.nul ||= hasZeroByte(range);
    // Past a NUL, only the line count can still change the answer.
    return counts.nul && (!countLines || counts.breaks > limit);
  });
  const { breaks, nul } = counts;
  return { hasNul: nul, linesOver: breaks > limit, lineBreaks: countLines && !(nul && breaks > limit) ? breaks : null };
}

const LF_BYTE = 10;
const CR_BYTE = 13;

/** 0x80 in each byte of `word` that is 0, exactly (and 0 in the others). */
function zeroBytes(word: number): number {
  return ~(((word & 0x7f7f7f7f) + 0x7f7f7f7f) | word | 0x7f7f7f7f);
}

/** How many bytes `zeroBytes` flagged. */
function flagged(flags: number): number {
  return Math.imul(flags >>> 7, 0x01010101) >>> 24;
}

/** What a pass over a file's bytes has found so far. */
interface ByteCounts {
  /** Line breaks: line feeds and carriage returns, less each CR that a line feed follows (a CRLF is one break). */
  breaks: number;
  /** A NUL byte was seen. */
  nul: boolean;
  /** The last byte counted was a CR. */
  crBefore: boolean;
}

/**
 * Adds the line breaks of `bytes` to `counts`, and notes a NUL, in one pass: a 32-bit word at a
 * time where the bytes are aligned (bytes are little-endian in a word).
 */
function countBytes(bytes: Uint8Array, counts: ByteCounts): void {
  let breaks = 0;
  let previousCr = counts.crBefore;
  let zero = 0;
  const byte = (b: number): void => {
    if (b === LF_BYTE) breaks += previousCr ? 0 : 1;
    else if (b === CR_BYTE) breaks += 1;
    else if (b === 0) zero = 1;
    previousCr = b === CR_BYTE;
  };
  let i = 0;
  for (; i < bytes.length && (bytes.byteOffset + i) % 4 !== 0; i += 1) byte(bytes[i]!);
  const words = wordsOf(bytes, i);
  for (let w = 0; w < words.length; w += 1) {
    const word = words[w]!;
    const lf = zeroBytes(word ^ 0x0a0a0a0a);
    const cr = zeroBytes(word ^ 0x0d0d0d0d);
    zero |= zeroBytes(word);
    if ((lf | cr) !== 0) {
      // A CR in byte j and an LF in byte j + 1 within the word, or a CR ending the word before.
      const crlf = flagged(cr & (lf >>> 8)) + (previousCr && (lf & 0x80) !== 0 ? 1 : 0);
      breaks += flagged(lf) + flagged(cr) - crlf;
    }
    previousCr = cr >>> 31 === 1;
  }
  for (i += words.length * 4; i < bytes.length; i += 1) byte(bytes[i]!);
  counts.breaks += breaks;
  counts.crBefore = previousCr;
  counts.nul ||= zero !== 0;
}

/** `bytes` holds a NUL byte (read a word at a time, as `countBytes`). */
function hasZeroByte(bytes: Uint8Array): boolean {
  let i = 0;
  for (; i < bytes.length && (bytes.byteOffset + i) % 4 !== 0; i += 1) if (bytes[i] === 0) return true;
  const words = wordsOf(bytes, i);
  for (let w = 0; w < words.length; w += 1) if (zeroBytes(words[w]!) !== 0) return true;
  for (i += words.length * 4; i < bytes.length; i += 1) if (bytes[i] === 0) return true;
  return false;
}

/** The whole 32-bit words of `bytes` from `i` (a multiple of 4 past the buffer's start). */
function wordsOf(bytes: Uint8Array, i: number): Uint32Array {
  return i < bytes.length ? new Uint32Array(bytes.buffer, bytes.byteOffset + i, (bytes.length - i) >> 2) : new Uint32Array(0);
}

/** UTF-8 bytes of `text` from `from` to `to` (well-formed: surrogates come in pairs). */
function utf8Length(text: string, from: number, to: number): number {
  let bytes = 0;
  for (let k = from; k < to; k += 1) {
    const c = text.charCodeAt(k);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      k += 1;
    } else bytes += 3;
  }
  return bytes;
}
