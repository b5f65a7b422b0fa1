import { tableOfFileName } from "../../io/ssda903/folderLayout.js";
import type { Files903 } from "../../io/ssda903/parseReturn903.js";
import { readRuleTable } from "../readRuleTable.js";
import { postcodeKey } from "../rules/placementGeography.js";

/**
 * Every home and placement postcode of a return's episodes files (upper-cased, no spaces), so
 * that a reader of the postcode directory keeps only those (`PostcodeDirectoryReader`).
 *
 * @example
 * ```ts
 * const postcodes = parsePostcodeDirectory(onspdText, "ONSPD.csv", postcodesInReturn(files));
 * ```
 */
export function postcodesInReturn(files: Files903, maxLinesPerFile?: number): Set<string> {
  const postcodes = new Set<string>();
  for (const [path, content] of Object.entries(files)) {
    if (tableOfFileName(path.slice(path.lastIndexOf("/") + 1)) !== "episodes") continue;
    const episodes = readRuleTable(content, "episodes", path, maxLinesPerFile);
    if (episodes === null) continue;
    for (const column of ["HOME_POST", "PL_POST"]) for (const postcode of episodes.column(column)) if (postcode !== null) postcodes.add(postcodeKey(postcode));
  }
  return postcodes;
}
