import { describe, expect, it } from "vitest";
import { CicScorecardError } from "../../../src/errors.js";
import { parseOfstedLists } from "../../../src/validation/reference/ofstedLists.js";
import { PostcodeDirectoryReader, parsePostcodeDirectory } from "../../../src/validation/reference/postcodeDirectory.js";
import { postcodesInReturn } from "../../../src/validation/reference/postcodesInReturn.js";
import { csv } from "../ruleFixture.js";
import { CHILDRENS_HOMES, POSTCODE_DIRECTORY } from "../rules/referenceFixture.js";

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof CicScorecardError) return `${error.code}: ${error.message}`;
    throw error;
  }
  return "no error";
}

describe("the postcode directory", () => {
  it("gives each postcode its upper-tier council (the county in two-tier areas), a nation's code outside England, and its grid reference", () => {
    const directory = parsePostcodeDirectory(POSTCODE_DIRECTORY, "ONSPD.csv");
    expect(directory.get("CB11AA")).toEqual({ la: "E10000003", easting: 546000, northing: 258000 });
    expect(directory.get("PE11AA")?.la).toBe("E06000031");
    expect(directory.get("EH11AA")?.la).toBe("SCO");
    expect(directory.get("JE23AA")).toEqual({ la: null, easting: null, northing: null });
  });

  it("keeps only the postcodes wanted, read chunk by chunk as the Node reader streams it", () => {
    const reader = new PostcodeDirectoryReader("ONSPD.csv", new Set(["CB11AA", "ZE10AA"]));
    const lines = POSTCODE_DIRECTORY.split(/(?<=\n)/);
    reader.read(lines.slice(0, 3).join(""));
    reader.read(lines.slice(3).join(""));
    expect([...reader.finish().keys()]).toEqual(["CB11AA", "ZE10AA"]);
  });

  it("reads chunks cut anywhere, mid-line and mid-field, as a stream gives them, with the lines of its errors", () => {
    const whole = parsePostcodeDirectory(POSTCODE_DIRECTORY, "ONSPD.csv");
    for (const size of [1, 7, 50]) {
      const reader = new PostcodeDirectoryReader("ONSPD.csv");
      for (let at = 0; at < POSTCODE_DIRECTORY.length; at += size) reader.read(POSTCODE_DIRECTORY.slice(at, at + size));
      expect([...reader.finish()], `chunks of ${size}`).toEqual([...whole]);
    }
    const reader = new PostcodeDirectoryReader("ONSPD.csv");
    const bad = csv("pcd,oslaua,oseast1m,osnrth1m", "CB1 1AA,E07000008,1,2", "CB1 1AB,E07000008,north,2");
    expect(errorOf(() => [...bad].forEach((character) => reader.read(character)))).toContain("ONSPD.csv:3 (easting)");
  });

  it("reads the NSPL's names and a council's own utla column", () => {
    expect(parsePostcodeDirectory(csv("pcds,laua,cty,oseast1m,osnrth1m", "CB1 1AA,E07000008,E10000003,1,2"), "NSPL.csv").get("CB11AA")?.la).toBe("E10000003");
    expect(parsePostcodeDirectory(csv("postcode,utla,easting,northing", "CB1 1AA,E10000003,1,2"), "own.csv").get("CB11AA")?.la).toBe("E10000003");
  });

  it("names the file and the column missing, and the line of a value it cannot read", () => {
    expect(errorOf(() => parsePostcodeDirectory(csv("pcd,oslaua,oseast1m", "CB1 1AA,E07000008,1"), "ONSPD.csv"))).toBe('invalid_config: [cic-scorecard] reference data ONSPD.csv:1: no "osnrth1m" or "northing" column in its first line');
    expect(errorOf(() => parsePostcodeDirectory(csv("pcd,oseast1m,osnrth1m", "CB1 1AA,1,2"), "ONSPD.csv"))).toContain('no "oslaua", "laua" or "utla" column');
    expect(errorOf(() => parsePostcodeDirectory(csv("pcd,oslaua,oseast1m,osnrth1m", "CB1 1AA,E07000008,1,2", "CB1 1AB,E07000008,north,2"), "ONSPD.csv"))).toBe(
      'invalid_config: [cic-scorecard] reference data ONSPD.csv:3 (easting): "north" is not a grid reference in metres',
    );
    expect(errorOf(() => parsePostcodeDirectory("", "ONSPD.csv"))).toContain("the file is empty");
  });
});

describe("Ofsted's provider lists", () => {
  it("reads either list's columns, codes split at commas or slashes, end dates as DD/MM/YYYY or ISO; a URN on both lists has both registrations", () => {
    const providers = parseOfstedLists([
      { file: "ch.csv", text: CHILDRENS_HOMES },
      { file: "scp.csv", text: csv("URN,Placement code,Placement provider code,Deregistration date", "SC100001,K2,PR4,2023-01-31") },
    ]);
    expect(providers.get("SC100001")).toEqual([
      { placementCodes: ["K2"], providerCodes: ["PR1", "PR2"], registrationEnd: null, postcode: "PE22BB" },
      { placementCodes: ["K2"], providerCodes: ["PR4"], registrationEnd: 19388, postcode: null },
    ]);
  });

  it("names a missing column and an end date it cannot read", () => {
    expect(errorOf(() => parseOfstedLists([{ file: "ch.csv", text: csv("URN,Provider Code", "SC1,K2") }]))).toContain("reference data ch.csv:1: no");
    expect(errorOf(() => parseOfstedLists([{ file: "ch.csv", text: csv("URN,PLACE_CODES,PROVIDER_CODES,REG_END", "SC1,K2,PR1,soon") }]))).toBe(
      'invalid_config: [cic-scorecard] reference data ch.csv:2 (registration end): "soon" is not a date (DD/MM/YYYY or YYYY-MM-DD)',
    );
  });
});

describe("postcodesInReturn", () => {
  it("collects the home and placement postcodes of every year's episodes, as the directory keys them", () => {
    const files = {
      "2021-22/episodes.csv": csv("CHILD,HOME_POST,PL_POST", "A,pe1 1aa,CB1 1AA"),
      "2022-23/episodes.csv": csv("CHILD,HOME_POST,PL_POST", "A,PE1 1AA,", "B,,EH1  1AA"),
      "2022-23/header.csv": csv("CHILD,HOME_POST", "A,ZZ1 1ZZ"),
    };
    expect([...postcodesInReturn(files)].sort()).toEqual(["CB11AA", "EH11AA", "PE11AA"]);
  });
});
