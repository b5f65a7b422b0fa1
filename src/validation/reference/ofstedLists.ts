import { parseIsoDay } from "../../dates/day.js";
import type { OfstedProvider } from "../defineRule.js";
import { dayFromRuleDate } from "../ruleTable.js";
import { postcodeKey } from "../rules/placementGeography.js";
import { type ColumnAliases, ReferenceCsvReader, type ReferenceColumns, referenceColumns, referenceError } from "./referenceCsv.js";

/**
 * The DfE's URN lookup lists of Ofsted-registered providers, as the DfE rules read them
 * (docs/validation.md, "Reference data"): the children's homes list and the social care
 * providers list (its current and closed sheets), each saved as CSV. The column names of
 * either list are accepted, and the short names of a list a council builds itself.
 */
const COLUMNS = {
  urn: { aliases: ["URN"], required: true },
  placementCodes: { aliases: ["Provider Code", "Placement code", "PLACE_CODES"], required: true },
  providerCodes: { aliases: ["Provider Placement Code", "Placement provider code", "PROVIDER_CODES"], required: true },
  registrationEnd: { aliases: ["Closed Date", "Deregistration date", "REG_END"], required: false },
  postcode: { aliases: ["Setting Postcode", "Setting Address Postcode", "POSTCODE"], required: false },
} satisfies ColumnAliases<string>;

type Column = keyof typeof COLUMNS;

/** Reads the lists into `into` (URN → its registrations), one file after another. */
export function addOfstedList(text: string, file: string, into: Map<string, OfstedProvider[]>): void {
  let columns: ReferenceColumns<Column> | null = null;
  const csv = new ReferenceCsvReader(
    file,
    (header) => (columns = referenceColumns(header, COLUMNS, file)),
    (fields, line) => {
      const field = (column: Column) => (columns!.index[column] < 0 ? "" : (fields[columns!.index[column]] ?? "").trim());
      const urn = field("urn").toUpperCase();
      if (urn === "") return;
      const registrations = into.get(urn) ?? [];
      registrations.push({
        placementCodes: codeList(field("placementCodes")),
        providerCodes: codeList(field("providerCodes")),
        registrationEnd: endDate(field("registrationEnd"), file, line),
        postcode: field("postcode") === "" ? null : postcodeKey(field("postcode")),
      });
      into.set(urn, registrations);
    },
  );
  csv.read(text);
  csv.finish();
}

/** `PR1,PR2` or `PR1/PR2` (the children's homes list's separator). */
const codeList = (text: string): string[] => text.split(/[,/]/).map((code) => code.trim().toUpperCase()).filter((code) => code !== "");

function endDate(text: string, file: string, line: number) {
  if (text === "") return null;
  const day = dayFromRuleDate(text) ?? parseIsoDay(text.slice(0, 10));
  if (day === null) throw referenceError(file, `${JSON.stringify(text)} is not a date (DD/MM/YYYY or YYYY-MM-DD)`, line, "registration end");
  return day;
}

/**
 * Ofsted's lists, each file's text by its name, as the rules read them.
 *
 * @example
 * ```ts
 * const ofstedProviders = parseOfstedLists([{ file: "childrens-homes.csv", text: homes }, { file: "social-care-providers.csv", text: providers }]);
 * ofstedProviders.get("SC123456")?.[0]?.placementCodes; // ["K2"]
 * ```
 */
export function parseOfstedLists(files: readonly { file: string; text: string }[]): ReadonlyMap<string, readonly OfstedProvider[]> {
  const providers = new Map<string, OfstedProvider[]>();
  for (const { file, text } of files) addOfstedList(text, file, providers);
  return providers;
}
