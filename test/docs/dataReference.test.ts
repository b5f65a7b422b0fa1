import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderDataReference } from "../../docs/tools/dataReference.js";
import { ISSUE_CODES } from "../../src/model/issue.js";
import { TABLES } from "../../src/model/tables.js";

describe("docs/data-reference.md", () => {
  it("is what the declarations generate (run `npm run docs` after changing a column or an issue code)", () => {
    expect(readFileSync(new URL("../../docs/data-reference.md", import.meta.url), "utf8")).toBe(renderDataReference());
  });

  it("documents every table and every issue code", () => {
    const doc = renderDataReference();
    for (const table of TABLES) expect(doc).toContain(`### ${table}.csv`);
    for (const code of ISSUE_CODES) expect(doc).toContain(`| \`${code}\` |`);
  });
});
