import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { SCHEMA_FILE, configJsonSchema } from "../../docs/tools/build-config-schema.js";
import { parseConfig } from "../../src/config/config.js";

const shipped = readFileSync(SCHEMA_FILE, "utf8");
// The shipped file read back as a validator, independently of the parser's own schema object.
const editorCheck = z.fromJSONSchema(JSON.parse(shipped));
const parserAccepts = (config: unknown) => {
  try {
    parseConfig(config);
    return true;
  } catch {
    return false;
  }
};

describe("schema/config.schema.json", () => {
  it("is what `npm run schema` writes from the parser's schema (run it after changing the config)", () => {
    expect(shipped).toBe(configJsonSchema());
  });

  it("accepts the bundled example's config and the example of interface.md §7", () => {
    const example = JSON.parse(readFileSync(new URL("../../examples/peterborough-2019-01/config.json", import.meta.url), "utf8"));
    expect(editorCheck.safeParse(example).success).toBe(true);
    const spec = {
      population: 50000, options: { placementCounting: "carer", careLeaverAges: "19-21" }, council: "Peterborough",
      suppression: { minDenominator: 5, hideCounts: true },
      indicators: { "placements-3plus": { target: 6, tolerance: 1, polarity: "lower-is-better", minimumChange: 0.5, benchmarks: [{ name: "England", year: "2017-18", value: 10 }] } },
    };
    expect(editorCheck.safeParse(spec).success).toBe(true);
  });

  it("agrees with the parser on configs right and wrong", () => {
    const configs: unknown[] = [
      {},
      { $schema: "./node_modules/cic-scorecard/schema/config.schema.json" },
      { tragets: {} },
      { population: 0 },
      { population: 12.5 },
      { council: "" },
      { options: { placementCountin: "carer" } },
      { options: { placementCounting: "child" } },
      { options: { visitIntervalDays: 42 } },
      { suppression: { minDenominator: -1 } },
      { indicators: { "placements-3plu": { target: 9 } } },
      { indicators: { "placements-3plus": { target: null, tolerance: -1 } } },
      { indicators: { "placements-3plus": { benchmarks: [{ name: "England", year: "2017-18", value: "c" }] } } },
      { indicators: { "placements-3plus": { benchmarks: [{ name: "England", year: "2017-18", value: "q" }] } } },
      { benchmarks: { la: "874", neighbours: "2025" } },
      { benchmarks: { la: "874", neighbours: "2019" } },
    ];
    for (const config of configs) expect(editorCheck.safeParse(config).success, JSON.stringify(config)).toBe(parserAccepts(config));
  });
});
