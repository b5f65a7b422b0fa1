import { describe, expect, it } from "vitest";
import { decodeBytes, decodeUtf8Portable, decodeWindows1252 } from "../../../src/io/csv/decode.js";

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodeBytes", () => {
  it("drops a UTF-8 BOM", () => {
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ text: "a", encoding: "utf-8" });
  });

  it("decodes UTF-16 LE and BE with a BOM", () => {
    expect(decodeBytes(bytes(0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00))).toEqual({ text: "aé", encoding: "utf-16le" });
    expect(decodeBytes(bytes(0xfe, 0xff, 0x00, 0x61, 0x00, 0xe9))).toEqual({ text: "aé", encoding: "utf-16be" });
  });

  it("decodes bytes that are not UTF-8 as Windows-1252", () => {
    expect(decodeBytes(bytes(0x43, 0x61, 0x66, 0xe9, 0x80))).toEqual({ text: "Café€", encoding: "windows-1252" });
  });
});

describe("decodeUtf8Portable", () => {
  it("agrees with TextDecoder on valid text", () => {
    const text = "a é € 𝄞 ,\"\n";
    expect(decodeUtf8Portable(utf8(text))).toBe(text);
  });

  it("rejects overlong forms, lone continuation bytes and truncated sequences", () => {
    expect(decodeUtf8Portable(bytes(0xc0, 0xaf))).toBeNull();
    expect(decodeUtf8Portable(bytes(0x80))).toBeNull();
    expect(decodeUtf8Portable(bytes(0xe2, 0x82))).toBeNull();
    expect(decodeUtf8Portable(bytes(0xed, 0xa0, 0x80))).toBeNull();
  });
});

describe("decodeWindows1252", () => {
  it("maps the 0x80–0x9F block to the Windows characters", () => {
    expect(decodeWindows1252(bytes(0x93, 0x94, 0x96, 0xa3))).toBe("\u201c\u201d\u2013£");
  });
});
