import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inflateSync } from "node:zlib";
import { unzipSync } from "fflate";
import { type SheetsBuildResult, buildSheets, generateMetadata, iconPng } from "../../docs/tools/sheetsBuild.js";
import { SHEET_FUNCTION_SPECS } from "../../src/sheets/manifest.js";
import { type Host, dateOf, episodesRange, headerRange } from "./fixtures.js";

/**
 * The built bundles, run as the hosts run them: Excel's with a stubbed CustomFunctions global,
 * Google's with Code.js in a bare context (no require, process or module), as Apps Script.
 */
type CellFunction = (...args: unknown[]) => unknown;

interface ExcelMetadata {
  functions: { id: string; name: string; description: string; parameters: { name: string; optional?: boolean }[] }[];
}

class StubExcelError extends Error {
  constructor(readonly code: string, message?: string) {
    super(message);
  }
}

let out: string;
let built: SheetsBuildResult;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "cic-sheets-"));
  built = await buildSheets({ outDir: out, baseUrl: "https://localhost:3000/" });
}, 60_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

function loadExcel(): Map<string, CellFunction> {
  const associated = new Map<string, CellFunction>();
  const CustomFunctions = {
    associate: (id: string, fn: CellFunction) => associated.set(id, fn),
    Error: StubExcelError,
    ErrorCode: { notAvailable: "#N/A", invalidValue: "#VALUE!", divisionByZero: "#DIV/0!" },
  };
  vm.runInContext(readFileSync(join(built.excelDir, "functions.js"), "utf8"), vm.createContext({ CustomFunctions }));
  return associated;
}

function excelError(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof StubExcelError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected an Excel error");
}

describe("the release artefacts", () => {
  it("zip the add-in folder and the Apps Script bundle, each file as built", () => {
    const excel = unzipSync(readFileSync(built.excelZip));
    expect(Object.keys(excel).sort()).toEqual(expect.arrayContaining(["functions.html", "functions.js", "functions.json", "icon-32.png", "icon-64.png", "icon-80.png", "manifest.xml"]));
    expect(new TextDecoder().decode(excel["manifest.xml"])).toBe(readFileSync(join(built.excelDir, "manifest.xml"), "utf8"));
    const sheets = unzipSync(readFileSync(built.sheetsZip));
    expect(Object.keys(sheets)).toEqual(expect.arrayContaining(["Code.js", "appsscript.json"]));
  });

  it("draw an icon rather than a plain tile: several colours, transparent corners", () => {
    const png = iconPng(64);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(64);
    // An RGBA image (colour type 6) whose pixels are not all one colour.
    expect(png[25]).toBe(6);
    const pixels = inflateSync(png.subarray(41, png.length - 12 - 4));
    const colours = new Set<string>();
    for (let y = 0; y < 64; y += 1) for (let x = 0; x < 64; x += 1) colours.add(pixels.subarray(1 + y * 257 + x * 4, 1 + y * 257 + x * 4 + 4).join(","));
    expect(colours.has("0,0,0,0")).toBe(true);
    expect(colours.size).toBeGreaterThan(4);
  });
});

describe("the Excel add-in", () => {
  it("associates exactly the ids of functions.json", () => {
    const metadata = JSON.parse(readFileSync(join(built.excelDir, "functions.json"), "utf8")) as ExcelMetadata;
    expect([...loadExcel().keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    expect(metadata.functions.map((f) => f.id)).toEqual(SHEET_FUNCTION_SPECS.map((s) => s.name));
  });

  it("describes each function as the manifest does: names, parameters, optional flags", () => {
    const metadata = JSON.parse(readFileSync(join(built.excelDir, "functions.json"), "utf8")) as ExcelMetadata;
    const fromMetadata = metadata.functions.map((f) => [f.name, f.description, f.parameters.map((p) => [p.name, p.optional === true])]);
    const fromManifest = SHEET_FUNCTION_SPECS.map((s) => [s.name, s.summary, s.parameters.map((p) => [p.name, p.optional])]);
    expect(fromMetadata).toEqual(fromManifest);
  });

  it("computes from Excel's cells: serial dates, numeric ids, desktop 0 and web null blanks", () => {
    const fns = loadExcel();
    for (const host of ["excel-desktop", "excel-web"] as Host[]) {
      expect(fns.get("INDICATOR")!("cla-count", dateOf(host, 2019, 1, 31), headerRange(host), episodesRange(host), null)).toBe(2);
    }
    expect(fns.get("WORKDAYS")!(44659, 44673)).toBe(8);
    expect(fns.get("RAG")!(5.8, 5.7, "lower", 0.1)).toBe("Amber");
    expect(fns.get("VARIANCE")!(76.0, 64, "rate-per-10k", "benchmark")).toBe(12);
  });

  it("maps failures to Excel error values with their messages", () => {
    const fns = loadExcel();
    expect(excelError(() => fns.get("INDICATOR")!("nope", 43496, headerRange("excel-web"), episodesRange("excel-web")))).toEqual({
      code: "#VALUE!", message: 'unknown indicator id "nope"',
    });
    expect(excelError(() => fns.get("INDICATOR")!("long-term-stability", 43496, headerRange("excel-web"), episodesRange("excel-web")))).toEqual({
      code: "#N/A", message: "not computable: no children in the cohort",
    });
    expect(excelError(() => fns.get("PERCENT")!(1, 0)).code).toBe("#DIV/0!");
  });

  it("spills the scorecard with blank text for no value", () => {
    const table = loadExcel().get("SCORECARD")!(43496, headerRange("excel-desktop"), episodesRange("excel-desktop")) as unknown[][];
    expect(table[0]).toEqual(["id", "title", "value", "numerator", "denominator", "note"]);
    expect(table.find((row) => row[0] === "cla-rate")!.slice(2)).toEqual(["", 2, "", "needs a population argument"]);
  });

  it("writes a manifest that names the CIC namespace and the served files", () => {
    const xml = readFileSync(join(built.excelDir, "manifest.xml"), "utf8");
    expect(xml).toContain('<bt:String id="Functions.Namespace" DefaultValue="CIC"/>');
    expect(xml).toContain('DefaultValue="https://localhost:3000/functions.json"');
    expect(xml).toContain("<Version>0.1.0.0</Version>");
  });
});

describe("generateMetadata", () => {
  it("fails the build when custom-functions-metadata reports errors, though its CLI exits 0", async () => {
    const source = join(out, "bad.ts");
    writeFileSync(source, "/**\n * Bad.\n * @customfunction BAD-ID\n * @param x a map\n */\nexport function bad(x: Map<string, number>): number {\n  return x.size;\n}\n");
    await expect(generateMetadata(source, join(out, "bad.json"))).rejects.toThrow(/custom-functions-metadata reported errors:[^]*BAD-ID/);
    expect(existsSync(join(out, "bad.json"))).toBe(false);
  }, 30_000);
});

describe("the Google Sheets bundle", () => {
  function loadSheets(): vm.Context {
    const context = vm.createContext({});
    vm.runInContext(readFileSync(join(built.sheetsDir, "cic-sheets.js"), "utf8"), context);
    vm.runInContext(readFileSync(join(built.sheetsDir, "Code.js"), "utf8"), context);
    return context;
  }
  const call = (context: vm.Context, name: string, ...args: unknown[]) => (context[name] as CellFunction)(...args);

  it("runs with no require, process or module in scope", () => {
    const context = loadSheets();
    expect(vm.runInContext("[typeof require, typeof process, typeof module]", context)).toEqual(["undefined", "undefined", "undefined"]);
  });

  it("declares one top-level CIC_ function per manifest entry, with the manifest's parameters", () => {
    const code = readFileSync(join(built.sheetsDir, "Code.js"), "utf8");
    const declared = [...code.matchAll(/^function (CIC_\w+)\(([^)]*)\)/gm)].map((m) => [m[1], m[2]]);
    expect(declared).toEqual(SHEET_FUNCTION_SPECS.map((s) => [`CIC_${s.name}`, s.parameters.map((p) => p.name).join(", ")]));
    expect(code.match(/@customfunction/g)).toHaveLength(SHEET_FUNCTION_SPECS.length);
  });

  it("computes from Google's cells: Date objects and \"\" blanks", () => {
    const context = loadSheets();
    expect(call(context, "CIC_INDICATOR", "cla-count", dateOf("google", 2019, 1, 31), headerRange("google"), episodesRange("google"))).toBe(2);
    expect(call(context, "CIC_INDICATOR", "cla-rate", dateOf("google", 2019, 1, 31), headerRange("google"), episodesRange("google"), 10000)).toBe(2);
    expect(call(context, "CIC_WORKDAYS", new Date(2022, 3, 8), new Date(2022, 3, 22))).toBe(8);
    expect(call(context, "CIC_RATE", 380, 50000)).toBe(76);
    expect(call(context, "CIC_TREND", 5.8, 6.2, "lower", "")).toBe("Improving");
  });

  it("throws an Error with the message, never returns 0 for a blank", () => {
    const context = loadSheets();
    expect(() => call(context, "CIC_PERCENT", "", 10)).toThrow("numerator is blank");
    expect(() => call(context, "CIC_INDICATOR", "cla-rate", "2019-01-31", headerRange("google"), episodesRange("google"))).toThrow(
      "not computable: needs a population argument",
    );
  });

  it("ships appsscript.json with the V8 runtime and the London time zone", () => {
    expect(JSON.parse(readFileSync(join(built.sheetsDir, "appsscript.json"), "utf8"))).toMatchObject({ timeZone: "Europe/London", runtimeVersion: "V8" });
  });
});
