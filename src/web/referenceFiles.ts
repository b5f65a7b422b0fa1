import { councilOf } from "../app/referenceData.js";
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
  const council = councilOf(config, picked?.localAuthority?.trim() || null);
  const referenceData: { -readonly [K in keyof ReferenceData]: ReferenceData[K] } = council === null ? {} : { localAuthority: council };
  if (picked?.postcodes) {
    const reader = new PostcodeDirectoryReader(picked.postcodes.name, postcodesInReturn(files));
    await eachChunk(picked.postcodes.file, (chunk) => reader.read(chunk));
    referenceData.postcodes = reader.finish();
  }
  if (picked && picked.ofstedProviders.length > 0) {
    referenceData.ofstedProviders = parseOfstedLists(await Promise.all(picked.ofstedProviders.map(async ({ name, file }) => ({ file: name, text: await file.text() }))));
  }
  return referenceData;
}

/** Calls `onChunk` with the text of a UTF-8 file as it streams in. */
async function eachChunk(file: Blob, onChunk: (text: string) => void): Promise<void> {
  const decoder = new TextDecoder("utf-8");
  const reader = file.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    onChunk(done ? decoder.decode() : decoder.decode(value, { stream: true }));
    if (done) return;
  }
}
