import type { PostcodeFacts } from "../defineRule.js";
import { postcodeKey } from "../rules/placementGeography.js";
import { type ColumnAliases, ReferenceCsvReader, type ReferenceColumns, referenceColumns, referenceError } from "./referenceCsv.js";

/**
 * The ONS Postcode Directory (ONSPD), or any CSV with its columns, as the DfE rules read it
 * (docs/validation.md, "Reference data"): per postcode, its upper-tier council and its grid
 * reference. The council is the county (`oscty`) where the postcode lies in a two-tier area, else
 * the district (`oslaua`); a `utla` column, when given, wins. Postcodes in Scotland, Wales and
 * Northern Ireland get `SCO`, `WAL`, `NIR`, as the DfE records placements there.
 */
const COLUMNS = {
  postcode: { aliases: ["pcd", "pcds", "pcd2", "postcode"], required: true },
  district: { aliases: ["oslaua", "laua", "lad"], required: false },
  county: { aliases: ["oscty", "cty"], required: false },
  upperTier: { aliases: ["utla"], required: false },
  easting: { aliases: ["oseast1m", "easting"], required: true },
  northing: { aliases: ["osnrth1m", "northing"], required: true },
} satisfies ColumnAliases<string>;

type Column = keyof typeof COLUMNS;

const COUNTRIES: Record<string, string> = { S: "SCO", W: "WAL", N: "NIR" };

/**
 * Reads a postcode directory chunk by chunk (`read` each run of whole lines, then `finish`).
 * With `wanted` (postcodes upper-cased without spaces), keeps only those: the full directory
 * holds 2.7 million postcodes, a return a few thousand.
 *
 * @example
 * ```ts
 * const reader = new PostcodeDirectoryReader("ONSPD.csv", postcodesInReturn(files));
 * for (const chunk of chunksOfTheFile) reader.read(chunk); // cut anywhere
 * validateReturn(files, { referenceData: { postcodes: reader.finish(), localAuthority: "E06000031" } });
 * ```
 */
export class PostcodeDirectoryReader {
  readonly postcodes = new Map<string, PostcodeFacts>();
  private columns: ReferenceColumns<Column> | null = null;
  private readonly csv: ReferenceCsvReader;

  constructor(file: string, private readonly wanted: ReadonlySet<string> | null = null) {
    this.csv = new ReferenceCsvReader(
      file,
      (header) => {
        this.columns = referenceColumns(header, COLUMNS, file);
        if (this.columns.index.district < 0 && this.columns.index.upperTier < 0) throw referenceError(file, 'no "oslaua", "laua" or "utla" column in its first line', 1);
      },
      (fields, line) => this.add(fields, line),
    );
  }

  read(chunk: string): void {
    this.csv.read(chunk);
  }

  finish(): ReadonlyMap<string, PostcodeFacts> {
    this.csv.finish();
    return this.postcodes;
  }

  private add(fields: readonly string[], line: number): void {
    const { index } = this.columns!;
    const field = (column: Column) => (index[column] < 0 ? "" : (fields[index[column]] ?? "").trim());
    const postcode = field("postcode");
    if (postcode === "") return;
    const key = postcodeKey(postcode);
    if (this.wanted !== null && !this.wanted.has(key)) return;
    this.postcodes.set(key, { la: upperTier(field("upperTier"), field("county"), field("district")), easting: this.metres(field("easting"), line, "easting"), northing: this.metres(field("northing"), line, "northing") });
  }

  private metres(text: string, line: number, column: string): number | null {
    if (text === "") return null;
    const value = Number(text);
    if (!Number.isFinite(value)) throw referenceError(this.csv.file, `${JSON.stringify(text)} is not a grid reference in metres`, line, column);
    return value;
  }
}

/** The upper-tier council of a postcode, as the DfE's placement LA names it; null for none (pseudo codes ending 99999999, the Crown dependencies). */
function upperTier(utla: string, county: string, district: string): string | null {
  const given = (code: string) => code !== "" && !code.endsWith("99999999");
  const country = COUNTRIES[(given(district) ? district : utla).charAt(0).toUpperCase()];
  if (country !== undefined) return country;
  const code = given(utla) ? utla : given(county) ? county : district;
  return given(code) && code.toUpperCase().startsWith("E") ? code.toUpperCase() : null;
}

/**
 * A whole postcode directory in one text (a region's cut, a test's fixture).
 *
 * @example
 * ```ts
 * const postcodes = parsePostcodeDirectory("pcd,oslaua,oscty,oseast1m,osnrth1m\nCB1 1AA,E07000008,E10000003,546000,258000\n", "ONSPD.csv");
 * postcodes.get("CB11AA"); // { la: "E10000003", easting: 546000, northing: 258000 }
 * ```
 */
export function parsePostcodeDirectory(text: string, file: string, wanted: ReadonlySet<string> | null = null): ReadonlyMap<string, PostcodeFacts> {
  const reader = new PostcodeDirectoryReader(file, wanted);
  reader.read(text);
  return reader.finish();
}
