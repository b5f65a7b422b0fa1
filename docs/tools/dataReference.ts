import { type ColumnType, TABLE_COLUMNS } from "../../src/model/columns.js";
import { ISSUE_CODES, type IssueCode } from "../../src/model/issue.js";
import { LOCAL_TABLES, TABLES_903, type TableName } from "../../src/model/tables.js";

/**
 * docs/data-reference.md: every table's columns (the 903's and the council's local tables for
 * visits, health assessments, PEPs and pathway plans) from the one declaration the reader uses
 * (src/model/columns.ts), and every data-quality issue code. `npm run docs` writes it;
 * test/docs/dataReference.test.ts fails when it is stale.
 */
const ISSUES: Record<IssueCode, { severity: string; when: string }> = {
  "unknown-file": { severity: "warning", when: "a file or folder not recognised; not read (a name close to a table's says \"did you mean …?\")" },
  "duplicate-table": { severity: "error", when: "a second file for one table in a folder; not read" },
  "empty-file": { severity: "error", when: "0 bytes" },
  "unreadable-file": { severity: "error", when: "binary, NUL characters or no header" },
  utf16: { severity: "warning", when: "decoded from UTF-16" },
  "not-utf8": { severity: "warning", when: "decoded as Windows-1252" },
  "missing-column": { severity: "error", when: "a required column is absent; the file is not used" },
  "duplicate-column": { severity: "error", when: "a column name twice; the file is not used" },
  "extra-column": { severity: "warning", when: "a column not in the contract; ignored" },
  "blank-line": { severity: "warning", when: "a blank line between records" },
  "field-count": { severity: "error", when: "the wrong number of fields; the record is rejected" },
  "duplicate-header": { severity: "error", when: "the header repeated as a record; rejected" },
  "field-too-large": { severity: "error", when: "a field over 1 MB; the record is rejected" },
  "unterminated-quote": { severity: "error", when: "a quote never closed: the record is rejected, or the file not used" },
  "missing-value": { severity: "error / warning", when: "a blank required value / a blank value that should be filled" },
  "invalid-date": { severity: "error / warning", when: "not a real date" },
  "excel-serial-date": { severity: "error / warning", when: "a spreadsheet serial number in a date column" },
  "two-digit-year": { severity: "warning", when: "DD/MM/YY read with a century" },
  "id-float-artefact": { severity: "warning", when: "`12.0` read as `12`" },
  "unknown-code": { severity: "error / warning", when: "a code in no year's list" },
  "code-not-in-year": { severity: "warning", when: "a code from another collection year" },
  "invalid-value": { severity: "error / warning", when: "a bad flag or number (rejects the record in a required column, else read as blank)" },
  "end-before-start": { severity: "error", when: "DEC before DECOM" },
  "duplicate-row": { severity: "error", when: "an identical episodes record repeated" },
  "duplicate-key": { severity: "warning", when: "a later record replaces an earlier one within one file" },
  "reason-on-open-episode": { severity: "warning", when: "REC with a blank DEC" },
  "missing-reason": { severity: "warning", when: "DEC with a blank REC" },
  "overlapping-episodes": { severity: "warning", when: "two episodes of a child cover one day" },
  "x1-without-successor": { severity: "warning", when: "an X1 end with no same-day successor" },
  "stale-open-episode": { severity: "warning", when: "an open episode not repeated by a later year (truncated at its year's end by default)" },
  "no-header-row": { severity: "warning", when: "a child without a header record" },
  "dob-mismatch": { severity: "warning", when: "DOB differs from the header's" },
  "negative-interval": { severity: "warning", when: "an adoption interval below 0, counted as 0" },
  "missing-table": { severity: "error / warning", when: "a year without episodes.csv (error) or header.csv (warning)" },
  "unreadable-folder": { severity: "error", when: "a year folder that cannot be listed; its year is missing from every figure" },
  "too-large": { severity: "error", when: "a file beyond what the reader holds, or a special file; not read" },
  "lenient-value": { severity: "warning", when: "a value read leniently (`TRUE`, `Y` → 1)" },
  "as-at-outside-data": { severity: "warning", when: "the as-at date is outside the years the data covers (report only)" },
};

function typeText(type: ColumnType): string {
  switch (type.kind) {
    case "id":
      return type.prefixes ? `id (starts ${type.prefixes.join(" or ")})` : "id";
    case "text":
      return "text";
    case "code":
      return `code (${type.list} list)`;
    case "date":
      return "date DD/MM/YYYY";
    case "flag":
      return "flag 0/1";
    case "integer":
      return `whole number ${type.min}–${type.max}`;
    case "choice":
      return `one of ${type.values.map((v) => `\`${v}\``).join(", ")} (any case)`;
  }
}

function tableSection(table: TableName): string[] {
  const rows = TABLE_COLUMNS[table].map((c) => {
    const need = c.required ? (c.blankAllowed ? "column required, may be blank" : "required") : "optional";
    return `| \`${c.name}\` | ${typeText(c.type)} | ${need} | \`${c.field}\` |`;
  });
  return [`### ${table}.csv`, "", "| column | type | | record field |", "|---|---|---|---|", ...rows, ""];
}

export function renderDataReference(): string {
  return [
    "# Data reference",
    "",
    "Generated by `npm run docs` from the declarations the reader uses (src/model/columns.ts,",
    "src/model/issue.ts); the contract itself is data.md. A required column must be in the header",
    "(absent: `missing-column`); a blank or bad value in a required column rejects the record.",
    "Columns are matched by name in any case and order.",
    "",
    "## The council's local tables",
    "",
    "Not part of the 903: the social-worker visits, health assessments, personal education plans",
    "and pathway plans a council keeps. Put them beside the 903 tables (in the year folders or the",
    "one folder); an indicator that needs one that is absent says so instead of a figure.",
    "",
    ...LOCAL_TABLES.flatMap(tableSection),
    "## The 903 tables",
    "",
    ...TABLES_903.flatMap(tableSection),
    "## Data-quality issue codes",
    "",
    "Every problem found has one of these codes (stable: a released code keeps its meaning), with",
    "its file, line and column. Any error makes the CLI exit 1; warnings alone do not.",
    "",
    "| code | severity | when |",
    "|---|---|---|",
    ...ISSUE_CODES.map((code) => `| \`${code}\` | ${ISSUES[code].severity} | ${ISSUES[code].when} |`),
    "",
  ].join("\n");
}
