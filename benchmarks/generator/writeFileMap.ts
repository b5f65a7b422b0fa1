import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { FileMap } from "./generate903.js";

/** Writes a generated file map under `out`; returns the bytes written. */
export function writeFileMap(files: FileMap, out: string): number {
  let bytes = 0;
  for (const [path, text] of Object.entries(files)) {
    const target = join(out, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
