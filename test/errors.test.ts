import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { CicScorecardError } from "../src/errors.js";
import { evaluate } from "../src/evaluate/evaluate.js";
import { presentValue } from "../src/evaluate/present.js";
import { ragOf } from "../src/evaluate/rag.js";
import { trendOf } from "../src/evaluate/trend.js";
import { varianceAgainstBenchmark, varianceAgainstTarget } from "../src/evaluate/variance.js";
import { loadReturn903 } from "../src/io/ssda903/loadReturn903.js";
import { computeScorecard } from "../src/scorecard/computeScorecard.js";
import { drillDown } from "../src/scorecard/drillDown.js";
import { RAG } from "../src/sheets/excel/functions.js";
import { indicator } from "../src/sheets/functions.js";
import { SheetError } from "../src/sheets/errors.js";

/** Issue 12: misuse of the library answers with CicScorecardError and a stable code, never a wrong figure or a TypeError. */
function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CicScorecardError);
    return (error as CicScorecardError).code;
  }
  throw new Error("expected a CicScorecardError");
}

const { cohort } = loadReturn903({ "episodes.csv": "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n7,01/05/2018,S,C2,N1,U4,PR1,,,,,,\n" });

describe("argument checks", () => {
  it("refuses a polarity other than the two spellings instead of reading it as lower-is-better", () => {
    expect(codeOf(() => evaluate(64.7, { unit: "percent", polarity: "higher" as never, target: 69.1 }))).toBe("invalid_argument");
    expect(codeOf(() => ragOf(64.7, 69.1, null, "higher" as never))).toBe("invalid_argument");
    expect(codeOf(() => trendOf(64.7, 60, "up" as never, 0.1))).toBe("invalid_argument");
    expect(evaluate(64.7, { unit: "percent", polarity: "higher-is-better", target: 69.1 }).rag).toBe("red");
  });

  it("refuses a unit typo everywhere a unit is taken", () => {
    expect(codeOf(() => evaluate(5.8, { unit: "percentage" as never, polarity: "lower-is-better" }))).toBe("invalid_argument");
    expect(codeOf(() => varianceAgainstTarget("pct" as never, 5.8, 6))).toBe("invalid_argument");
    expect(codeOf(() => varianceAgainstBenchmark("percent", 5.8, 6, "relativ" as never))).toBe("invalid_argument");
    expect(codeOf(() => presentValue("rate" as never, 1, 2, null))).toBe("invalid_argument");
  });

  it("refuses missing options and a wrong cohort with a message, not a TypeError", () => {
    expect(codeOf(() => computeScorecard(cohort, undefined as never))).toBe("invalid_argument");
    expect(codeOf(() => computeScorecard({} as never, { asAt: "2019-01-31" }))).toBe("invalid_argument");
    expect(codeOf(() => evaluate(1, undefined as never))).toBe("invalid_argument");
    expect(codeOf(() => drillDown(cohort, "cla-count", undefined as never))).toBe("invalid_argument");
    expect(codeOf(() => drillDown(cohort, "cla-cnt", { asAt: "2019-01-31" }))).toBe("unknown_indicator");
    expect(codeOf(() => loadReturn903(null as never))).toBe("invalid_argument");
    expect(codeOf(() => computeScorecard(cohort, { asAt: "2019-02-30" }))).toBe("invalid_argument");
  });
});

describe("one error class across the built bundles", () => {
  // Each entry (and each format) is its own bundle with its own copy of the class.
  const script = (kind: "esm" | "cjs") =>
    kind === "esm"
      ? `const main = await import("./dist/index.js"); const node = await import("./dist/node.js");
         try { await node.loadFolder903("/nonexistent-cic-folder"); } catch (e) { console.log(e instanceof main.CicScorecardError, e.code); }`
      : `const main = require("./dist/index.cjs"); const node = require("./dist/node.cjs");
         node.loadFolder903("/nonexistent-cic-folder").catch((e) => console.log(e instanceof main.CicScorecardError, e.code));`;
  for (const kind of ["esm", "cjs"] as const) {
    it(`an error thrown by cic-scorecard/node is an instance of the class cic-scorecard exports (${kind})`, () => {
      const result = spawnSync("node", kind === "esm" ? ["--input-type=module", "-e", script(kind)] : ["-e", script(kind)], { encoding: "utf8" });
      expect(result.stderr).toBe("");
      expect(result.stdout.trim()).toBe("true usage");
    });
  }
});

describe("spreadsheet blanks", () => {
  it("reads Excel's blank target (passed as 0) as no target, and the text 0 as zero", () => {
    expect(RAG(64.7, 0, "higher")).toBe("");
    expect(RAG(64.7, "0", "higher")).toBe("Green");
  });

  it("answers an empty episodes range with an error, not a 0 that looks like a figure", () => {
    const header = [["CHILD", "DOB"]];
    for (const episodes of ["", [[""]], [["CHILD", "DECOM", "RNE", "LS", "PLACE", "DEC", "REC"]]]) {
      expect(() => indicator("cla-count", "2019-01-31", header, episodes)).toThrow(SheetError);
    }
  });
});
