import { describe, expect, it } from "vitest";
import { parseConfig, parseConfigText } from "../../src/config/config.js";
import { DEFAULT_OPTIONS } from "../../src/model/options.js";
import { CicScorecardError } from "../../src/errors.js";
import { type IndicatorDefinition, missingData } from "../../src/indicators/types.js";

const fake = (id: string): IndicatorDefinition => ({
  id, title: id, unit: "percent", polarity: "lower-is-better", theme: "stability", period: { kind: "window" },
  cohort: "", numerator: "", data: "", switches: [], defaultTarget: null,
  compute: () => missingData(["visits"], null),
});
const registry = [fake("placements-3plus"), fake("local-visits")];

function configError(input: unknown): string {
  try {
    parseConfig(input, registry);
  } catch (error) {
    expect(error).toBeInstanceOf(CicScorecardError);
    expect((error as CicScorecardError).code).toBe("invalid_config");
    return (error as Error).message;
  }
  throw new Error("expected an invalid_config error");
}

describe("parseConfig", () => {
  it("fills every default for an empty config", () => {
    expect(parseConfig({}, registry)).toEqual({
      population: null, council: null, referenceData: null, options: DEFAULT_OPTIONS, suppression: { minDenominator: 5, hideCounts: true }, indicators: {}, benchmarks: null,
    });
  });
  it("reads the example of interface.md §7", () => {
    const config = parseConfig(
      {
        population: 50000,
        options: { placementCounting: "carer", careLeaverAges: "19-21" },
        council: "Peterborough",
        suppression: { minDenominator: 5, hideCounts: false },
        indicators: {
          "placements-3plus": {
            target: 6, tolerance: 1, polarity: "lower-is-better", minimumChange: 0.5,
            benchmarks: [{ name: "Statistical neighbours", year: "2017-18", value: 10 }, { name: "England", year: "2017-18", value: "c" }],
          },
        },
      },
      registry,
    );
    expect(config.population).toBe(50000);
    expect(config.council).toBe("Peterborough");
    expect(config.indicators["placements-3plus"]).toEqual({
      target: 6, tolerance: 1, polarity: "lower-is-better", minimumChange: 0.5,
      benchmarks: [{ name: "Statistical neighbours", year: "2017-18", value: 10 }, { name: "England", year: "2017-18", value: "c" }],
    });
  });
  it("accepts a council's local indicator id from the registry passed in", () => {
    expect(parseConfig({ indicators: { "local-visits": { target: 90 } } }, registry).indicators["local-visits"]).toEqual({ target: 90, benchmarks: [] });
  });
  it("keeps an explicit null target apart from an absent one", () => {
    const config = parseConfig({ indicators: { "placements-3plus": { target: null } } }, registry);
    expect(config.indicators["placements-3plus"]).toEqual({ target: null, benchmarks: [] });
    expect("target" in parseConfig({ indicators: { "placements-3plus": {} } }, registry).indicators["placements-3plus"]!).toBe(false);
  });
  it("gives the same config when a parsed config is parsed again", () => {
    const once = parseConfig({ population: 1000, indicators: { "placements-3plus": { target: 6 } } }, registry);
    expect(parseConfig(once, registry)).toEqual(once);
  });
  it("names an unknown option", () => {
    expect(configError({ options: { placementCountin: "carer" } })).toBe('[cic-scorecard] config: unknown option "placementCountin"');
  });
  it("names an unknown indicator id", () => {
    expect(configError({ indicators: { "placements-4plus": {} } })).toBe('[cic-scorecard] config: unknown indicator "placements-4plus"');
  });
  it("names an unknown top-level key and an unknown per-indicator key", () => {
    expect(configError({ populaton: 5 })).toBe('[cic-scorecard] config: unknown key "populaton"');
    expect(configError({ indicators: { "placements-3plus": { targt: 5 } } })).toBe('[cic-scorecard] config: unknown key "indicators.placements-3plus.targt"');
  });
  it("names a wrong type by its path", () => {
    expect(configError({ indicators: { "placements-3plus": { target: "6" } } })).toBe('[cic-scorecard] config: indicators.placements-3plus.target "6" must be a number');
  });
  it("names an unknown option value with the allowed ones", () => {
    expect(configError({ options: { placementCounting: "spell" } })).toBe('[cic-scorecard] config: options.placementCounting "spell" must be one of "carer", "episode", "raw"');
  });
  it("quotes the unknown option value it rejects", () => {
    expect(configError({ options: { trendCompareWith: "previous-week" } })).toContain('"previous-week"');
    expect(configError({ indicators: { "placements-3plus": { polarity: "up" } } })).toContain('indicators.placements-3plus.polarity "up"');
  });
  it("cuts a long offending value short so the message stays one line", () => {
    const message = configError({ options: { careLeaverAges: "x".repeat(200) } });
    expect(message).toContain(`"${"x".repeat(36)}...`);
    expect(message).not.toContain("x".repeat(60));
  });
  it("rejects a benchmark value that is neither a number nor a suppression mark", () => {
    expect(configError({ indicators: { "placements-3plus": { benchmarks: [{ name: "England", year: "2017-18", value: "n/a" }] } } })).toBe(
      '[cic-scorecard] config: indicators.placements-3plus.benchmarks[0].value "n/a" must be a number or one of "c", "x", "k", "z"',
    );
  });
  it("rejects a benchmark without a name", () => {
    expect(configError({ indicators: { "placements-3plus": { benchmarks: [{ year: "2017-18", value: 1 }] } } })).toBe(
      "[cic-scorecard] config: indicators.placements-3plus.benchmarks[0].name is required",
    );
  });
  it("rejects a negative tolerance, a non-integer population and a negative minDenominator", () => {
    expect(configError({ indicators: { "placements-3plus": { tolerance: -1 } } })).toBe("[cic-scorecard] config: indicators.placements-3plus.tolerance -1 must be at least 0");
    expect(configError({ population: 12.5 })).toBe("[cic-scorecard] config: population 12.5 must be a whole number");
    expect(configError({ suppression: { minDenominator: -1 } })).toBe("[cic-scorecard] config: suppression.minDenominator -1 must be at least 0");
  });
  it("rejects a config that is not an object", () => {
    expect(configError([1])).toBe("[cic-scorecard] config: the config must be an object");
  });
  it("rejects a bank holiday that is not a real date", () => {
    expect(configError({ options: { bankHolidays: { add: ["2019-02-30"] } } })).toBe('[cic-scorecard] config: options.bankHolidays.add[0] "2019-02-30" is not a real date');
  });
});

describe("parseConfigText", () => {
  it("reports text that is not JSON on one line", () => {
    let message = "";
    try {
      parseConfigText("{ population: }", registry);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^\[cic-scorecard\] config: not valid JSON \(.+\)$/);
  });
  it("reads a file with a byte-order mark", () => {
    expect(parseConfigText('\uFEFF{"population": 200}', registry).population).toBe(200);
  });
});

describe("the config of a run given none", () => {
  it("is the parse of an empty config, frozen throughout so that no run can change another's", () => {
    const none = parseConfig(undefined);
    expect(none).toEqual(parseConfig({}));
    expect(parseConfig(undefined)).toBe(none);
    expect(Object.isFrozen(none) && Object.isFrozen(none.options) && Object.isFrozen(none.options.bankHolidays.add) && Object.isFrozen(none.suppression)).toBe(true);
    expect(parseConfig({})).not.toBe(none);
  });
});
