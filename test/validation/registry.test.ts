import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULESET_YEARS, catalogueYear, compareCodes, rulesetForYear } from "../../src/validation/catalogue.js";
import { defineRule } from "../../src/validation/defineRule.js";
import { rulesetRules } from "../../src/validation/registry.js";
import { RANGES } from "./progress/remaining.js";

const never = (code: string, since?: string) => defineRule({ code, ...(since === undefined ? {} : { since }), check: () => ({}) });

describe("rulesetRules", () => {
  it("holds every rule the catalogue has in force each year, in its code order", () => {
    for (const year of RULESET_YEARS) {
      const codes = rulesetRules(year).map((r) => r.facts.code);
      expect(codes).toEqual(catalogueYear(year).rules.map((r) => r.code));
      expect([...codes].sort(compareCodes)).toEqual(codes);
    }
  });

  it("drops a year's deletions and keeps them out later", () => {
    const deleted = catalogueYear("2024-25").deleted;
    expect(deleted.length).toBeGreaterThan(0);
    const codes = new Set(rulesetRules("2025-26").map((r) => r.facts.code));
    for (const code of deleted) if (!catalogueYear("2025-26").rules.some((r) => r.code === code)) expect(codes.has(code)).toBe(false);
  });

  it("does not use logic older than the rule's last change of logic", () => {
    const rule = (year: string, definitions: ReturnType<typeof never>[]) => rulesetRules(year, definitions).find((r) => r.facts.code === "101")!;
    expect(rule("2023-24", [never("101")]).definition).not.toBeNull();
    expect(rule("2024-25", [never("101")]).definition).toBeNull();
    expect(rule("2024-25", [never("101")]).logicSince).toBe("2024-25");
    expect(rule("2025-26", [never("101"), never("101", "2024-25")]).definition?.since).toBe("2024-25");
  });

  it("checks years before 2022-23 with the 2022-23 rules and later years with the newest", () => {
    expect(rulesetForYear("2018-19")).toBe("2022-23");
    expect(rulesetForYear("2023-24")).toBe("2023-24");
    expect(rulesetForYear("2030-31")).toBe(RULESET_YEARS[RULESET_YEARS.length - 1]);
  });
});

describe("implementation progress", () => {
  // The pinned counts live per code range in test/validation/progress/, so ranges land apart.
  it("puts every catalogue code in exactly one range", () => {
    for (const year of RULESET_YEARS)
      for (const { code } of catalogueYear(year).rules)
        expect(Object.values(RANGES).filter((pattern) => pattern.test(code)), code).toHaveLength(1);
  });
});

describe("rule files", () => {
  // A top-level call is kept by bundlers unless marked pure: one unmarked rule would pull every
  // rule and the catalogue into a browser bundle that only computes a scorecard.
  it("mark each defineRule call pure, so bundles that never validate drop the rules", () => {
    const dir = "src/validation/rules";
    const unmarked = readdirSync(dir)
      .filter((name) => /^r\w+\.ts$/.test(name))
      .filter((name) => /=\s*defineRule\(/.test(readFileSync(join(dir, name), "utf8")));
    expect(unmarked).toEqual([]);
  });
});
