import { councilCode } from "../app/referenceData.js";
import type { ScorecardConfig } from "../config/config.js";
import type { Files903 } from "../io/ssda903/parseReturn903.js";
import type { ReferenceData } from "../validation/defineRule.js";
import { parseOfstedLists } from "../validation/reference/ofstedLists.js";
import { PostcodeDirectoryReader } from "../validation/reference/postcodeDirectory.js";
import { postcodesInReturn } from "../validation/reference/postcodesInReturn.js";
import type { PickedReference } from "./protocol.js";

/**
 * The reference data of the DfE rules from files picked in the page: the browser's side of
 * what `readReferenceData` does from the config's paths in Node. A page cannot open a path,
 * so the files are picked; the council is the one typed, else the config's
 * (`referenceData.localAuthority`, then `benchmarks.la`). The postcode directory (a gigabyte
 * as downloaded) is streamed and cut to the return's own postcodes, never held whole.
 */
export async function pickedReferenceData(picked: PickedReference | null, config: ScorecardConfig | null, files: Files903): Promise<ReferenceData> {
  const typed = picked?.localAuthority?.trim() || null;
  const council = typed ?? config?.referenceData?.localAuthority ?? config?.benchmarks?.la ?? null;
  const key = typed !== null ? "the council typed" : config?.referenceData?.localAuthority != null ? "referenceData.localAuthority" : "benchmarks.la";
  const referenceData: { -readonly [K in keyof ReferenceData]: ReferenceData[K] } = council === null ? {} : { localAuthority: councilCode(council, key) };
  if (picked?.postcodes) {
    const reader = new PostcodeDirectoryReader(picked.postcodes.name, postcodesInReturn(files));
    await eachChunkOfLines(picked.postcodes.file, (chunk) => reader.read(chunk));
    referenceData.postcodes = reader.finish();
  }
  if (picked && picked.ofstedProviders.length > 0) {
    referenceData.ofstedProviders = parseOfstedLists(await Promise.all(picked.ofstedProviders.map(async ({ name, file }) => ({ file: name, text: await file.text() }))));
  }
  return referenceData;
}

/** Calls `onChunk` with runs of whole lines of a UTF-8 file, as it streams in. */
async function eachChunkOfLines(file: Blob, onChunk: (text: string) => void): Promise<void> {
  const decoder = new TextDecoder("utf-8");
  const reader = file.stream().getReader();
  let carried = "";
  for (;;) {
    const { done, value } = await reader.read();
    const text = carried + (done ? decoder.decode() : decoder.decode(value, { stream: true }));
    const cut = done ? text.length : text.lastIndexOf("\n") + 1;
    if (cut > 0) onChunk(text.slice(0, cut));
    carried = text.slice(cut);
    if (done) return;
  }
}
