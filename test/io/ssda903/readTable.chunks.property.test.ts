import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ByteSource, UnreadableSource, bytesInMemory } from "../../../src/io/csv/byteSource.js";
import { TextWindows, WindowTooLarge, nulAndLineBreaks } from "../../../src/io/csv/textWindows.js";
import { decodeBytes } from "../../../src/io/csv/decode.js";
import { CsvScanner } from "../../../src/io/csv/scanCsv.js";
import { readRuleTable } from "../../../src/validation/readRuleTable.js";
import { type FileContent, linesOver, readTable } from "../../../src/io/ssda903/readTable.js";
import type { TableName } from "../../../src/model/tables.js";
import { EPISODES_HEADER, episodeRow } from "./helpers.js";

/**
 * The reader decodes bytes a chunk at a time (`TextWindows`): whatever the chunk size, a file
 * must read exactly as when it is decoded whole. Files here are messy on purpose: quotes that
 * run over lines or never close, CR, LF and CRLF, blank lines, repeated rows (duplicate-row
 * reads the earlier row again from the bytes), characters of two to four bytes, bytes that
 * are not UTF-8, a BOM, a NUL.
 */

const WHOLE = 1 << 30;
const encoder = new TextEncoder();

/** The bytes as UTF-8 text (a BOM kept as a character), or null when they are not valid UTF-8. */
function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

const value = fc.constantFrom("", "PE1 1AB", "é", "€5", "😀", "a,b", 'say "hi"', "two\nlines", "cr\rlf", "  padded  ", "X1", "E4A");
const lineEnd = fc.constantFrom("\n", "\r\n", "\r");
const episode = fc.record({
  child: fc.constantFrom("1", "2", "10", "ünï"),
  start: fc.constantFrom("01/04/2018", "2018-05-01", "31/02/2018", "x"),
  end: fc.constantFrom("", "01/06/2018", "01/01/2017"),
  rec: fc.constantFrom("", "X1", "E4A", "Q"),
  post: value,
});
const quoteField = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const row = episode.map((e) =>
  episodeRow({ CHILD: quoteField(e.child), DECOM: e.start, DEC: e.end, REC: e.rec, PL_POST: quoteField(e.post), HOME_POST: e.post === "" ? "" : "PE2" }),
);

/** Damage done to the encoded file: cut short, bytes put in (an invalid one, a NUL, a lone quote), a BOM. */
const damage = fc.oneof(
  fc.constant((b: Uint8Array) => b),
  fc.nat().map((n) => (b: Uint8Array) => b.subarray(0, n % (b.length + 1))),
  fc.tuple(fc.nat(), fc.constantFrom([0xff], [0xc3], [0x22], [0x0d], [0x0a, 0x0a], [0x00], [0xe2, 0x82])).map(
    ([n, bytes]) =>
      (b: Uint8Array) => {
        const at = n % (b.length + 1);
        return new Uint8Array([...b.subarray(0, at), ...bytes, ...b.subarray(at)]);
      },
  ),
  fc.constant((b: Uint8Array) => new Uint8Array([0xef, 0xbb, 0xbf, ...b])),
);

const episodesFile = fc
  .tuple(fc.array(fc.tuple(row, lineEnd, fc.boolean()), { maxLength: 14 }), lineEnd, fc.array(damage, { maxLength: 3 }), fc.array(fc.nat(), { maxLength: 3 }))
  .map(([rows, headerEnd, damages, repeats]) => {
    const lines = rows.map(([text, end, blankAfter]) => text + end + (blankAfter ? ", ,\n" : ""));
    // Repeated rows, exact copies of earlier ones.
    for (const r of repeats) if (lines.length > 0) lines.push(lines[r % lines.length]!);
    let bytes: Uint8Array = encoder.encode(EPISODES_HEADER + headerEnd + lines.join(""));
    for (const d of damages) bytes = d(bytes);
    return bytes;
  });

const visitsFile = fc
  .array(fc.tuple(fc.constantFrom("1", "2", "é"), fc.constantFrom("01/01/2019", "2019-02-30", ""), lineEnd), { maxLength: 10 })
  .map((rows) => encoder.encode(`CHILD,VISIT_DATE\n${rows.map(([child, date, end]) => `${child},${date}${end}`).join("")}`));

const read = (content: FileContent, table: TableName, chunkBytes: number, maxLines?: number) =>
  readTable(content, { file: `${table}.csv`, table, label: null, endYear: 2019, latestTwoDigitDay: null, chunkBytes, maxLines });

describe("readTable decoding a chunk at a time", () => {
  it("reads every file as when it is decoded whole, whatever the chunk size", () => {
    fc.assert(
      fc.property(episodesFile, fc.integer({ min: 1, max: 40 }), fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined, freq: 1 }), (bytes, chunk, maxLines) => {
        expect(read(bytes, "episodes", chunk, maxLines)).toEqual(read(bytes, "episodes", WHOLE, maxLines));
      }),
      { seed: 1303, numRuns: 1500 },
    );
  });

  it("reads a file read from disk a range at a time (copies, as the Node entry's files) as its bytes in memory", () => {
    fc.assert(
      fc.property(episodesFile, fc.integer({ min: 1, max: 40 }), (bytes, chunk) => {
        const reads: [number, number][] = [];
        const fromDisk: ByteSource = {
          length: bytes.length,
          read: (from, to) => {
            reads.push([from, to]);
            return bytes.slice(from, to);
          },
        };
        expect(read(fromDisk, "episodes", chunk)).toEqual(read(bytes, "episodes", WHOLE));
        // Never a range past the end of the file.
        expect(reads.every(([from, to]) => 0 <= from && from <= to && to <= bytes.length)).toBe(true);
      }),
      { seed: 1309, numRuns: 500 },
    );
  });

  it("reads a dated table's columns as when decoded whole", () => {
    fc.assert(
      fc.property(visitsFile, fc.integer({ min: 1, max: 16 }), (bytes, chunk) => {
        expect(read(bytes, "visits", chunk)).toEqual(read(bytes, "visits", WHOLE));
      }),
      { seed: 1304, numRuns: 400 },
    );
  });

  it("reads valid UTF-8 bytes as it reads the same text given as a string", () => {
    fc.assert(
      fc.property(episodesFile, fc.integer({ min: 1, max: 40 }), (bytes, chunk) => {
        const text = utf8(bytes);
        fc.pre(text !== null && bytes[0] !== 0xef && !text.includes("\u0000"));
        expect(read(bytes, "episodes", chunk)).toEqual(read(text, "episodes", WHOLE));
      }),
      { seed: 1305, numRuns: 500 },
    );
  });

  it("gives records and their offsets as the whole-text scanner does, and byte positions that read them again", () => {
    fc.assert(
      fc.property(episodesFile, fc.integer({ min: 1, max: 24 }), (bytes, chunk) => {
        const text = utf8(bytes);
        fc.pre(text !== null);
        const whole = new CsvScanner(text);
        const windows = TextWindows.ofBytes(bytesInMemory(bytes), "utf-8", { chunkBytes: chunk });
        const streamed = new CsvScanner(windows);
        for (;;) {
          const offset = whole.offset;
          const expected = whole.next();
          expect(streamed.offset).toBe(offset);
          const got = streamed.next();
          expect(got).toEqual(expected);
          if (expected === null) break;
          // The record's position is its first byte.
          expect(windows.positionOf(offset)).toBe(encoder.encode(text.slice(0, offset)).length);
        }
      }),
      { seed: 1306, numRuns: 800 },
    );
  });
});

describe("readRuleTable decoding a chunk at a time", () => {
  it("reads the rules' rows as from the file decoded whole", () => {
    fc.assert(
      fc.property(episodesFile, fc.integer({ min: 1, max: 40 }), fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined, freq: 1 }), (bytes, chunk, maxLines) => {
        const whole = bytes.length === 0 ? null : readRuleTable(decodeBytes(bytes).text, "episodes", "episodes.csv", maxLines);
        expect(readRuleTable(bytes, "episodes", "episodes.csv", maxLines, chunk)).toEqual(whole);
      }),
      { seed: 1307, numRuns: 800 },
    );
  });
});

describe("nulAndLineBreaks", () => {
  /** Line breaks as the scanner ends lines, counted a byte at a time: LF, CRLF and a CR alone. */
  function breaksIn(bytes: Uint8Array, from: number): number {
    let breaks = 0;
    for (let k = from; k < bytes.length; k += 1) {
      if (bytes[k] === 13) breaks += 1;
      else if (bytes[k] === 10 && !(k > from && bytes[k - 1] === 13)) breaks += 1;
    }
    return breaks;
  }

  it("counts the line breaks (LF, CRLF, CR alone) of any bytes from any offset and finds a NUL, as a byte-by-byte pass does", () => {
    const bytes = fc.uint8Array({ maxLength: 64 }).chain((b) => fc.tuple(fc.constant(b), fc.nat({ max: b.length }), fc.nat({ max: 3 }), fc.nat({ max: 40 })));
    fc.assert(
      fc.property(bytes, fc.constantFrom("as drawn", "dense LF", "dense CR and LF"), ([b, from, shift, limit], breaks) => {
        // A view at every alignment, often full of line breaks, CRLFs across word boundaries among them.
        const backing = new Uint8Array(b.length + shift);
        const drawn = breaks === "as drawn" ? b : b.map((x) => (x % 3 === 0 ? 10 : breaks === "dense CR and LF" && x % 3 === 1 ? 13 : x));
        backing.set(drawn, shift);
        const view = backing.subarray(shift);
        const count = breaksIn(view, from);
        const nul = view.subarray(from).indexOf(0) >= 0;
        const counted = view.length - from > limit && !(nul && count > limit);
        expect(nulAndLineBreaks(bytesInMemory(view), from, limit)).toEqual({ hasNul: nul, linesOver: count > limit, lineBreaks: counted ? count : null });
        // Text read whole counts the same breaks.
        const text = String.fromCharCode(...view.subarray(from));
        expect(linesOver(text, limit)).toBe(count > limit);
      }),
      { seed: 1308, numRuns: 3000 },
    );
  });

  it("counts a CRLF split between two of the ranges a pass reads (4 MiB each) once", () => {
    const range = 4 * 1024 * 1024;
    const bytes = new Uint8Array(range + 8).fill(65);
    bytes[range - 1] = 13; // CR ends the first range, LF starts the second
    bytes[range] = 10;
    bytes[range + 4] = 13; // a CR alone
    expect(nulAndLineBreaks(bytesInMemory(bytes), 0, 1).lineBreaks).toBe(2);
  });
});

describe("TextWindows", () => {
  it("grows a window to hold a long record, and stops at its longest", () => {
    const text = `A,B\n1,"${"x".repeat(40)}\n"\n2,y\n`;
    const bytes = encoder.encode(text);
    const read = (maxWindow: number) => {
      const scanner = new CsvScanner(TextWindows.ofBytes(bytesInMemory(bytes), "utf-8", { chunkBytes: 4, maxWindow }));
      const records: string[][] = [];
      for (let r = scanner.next(); r !== null; r = scanner.next()) records.push(r.fields);
      return records;
    };
    // The quoted record (47 characters) is read whole from chunks of 4 bytes.
    expect(read(64)).toEqual([["A", "B"], ["1", `${"x".repeat(40)}\n`], ["2", "y"]]);
    expect(() => read(32)).toThrow(WindowTooLarge);
  });
});

describe("a file that cannot be read to the end", () => {
  it("is unreadable-file, with no records, rather than an exception", () => {
    const bytes = encoder.encode(`${EPISODES_HEADER}\n${episodeRow()}\n${episodeRow({ CHILD: "2" })}\n`);
    const vanishing: ByteSource = {
      length: bytes.length,
      read: (from, to) => {
        if (to > 40) throw new UnreadableSource("ENOENT");
        return bytes.slice(from, to);
      },
    };
    const result = read(vanishing, "episodes", 16);
    expect(result.used).toBe(false);
    expect(result.account).toEqual({ file: "episodes.csv", rowsRead: 0, rowsUsed: 0, rowsRejected: 0 });
    expect(result.issues.map((i) => [i.code, i.message])).toEqual([["unreadable-file", "episodes.csv could not be read to the end (ENOENT); not used"]]);
  });
});
