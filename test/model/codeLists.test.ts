import { describe, expect, it } from "vitest";
import { CODE_LISTS, type CodeListName, checkCode } from "../../src/model/codeLists.js";
import { codeTable } from "../../src/io/ssda903/codeTables.js";

describe("checkCode", () => {
  it("knows codes introduced in a year", () => {
    expect(checkCode("REC", "E45", 2018)).toBe("not-in-year");
    expect(checkCode("REC", "E45", 2019)).toBe("ok");
    expect(checkCode("PLACE", "K3", 2024)).toBe("not-in-year");
    expect(checkCode("PLACE", "K3", 2025)).toBe("ok");
    expect(checkCode("PLACE", "Z11", 2025)).toBe("not-in-year");
    expect(checkCode("PLACE", "Z11", 2026)).toBe("ok");
    expect(checkCode("SEX", "M", 2024)).toBe("not-in-year");
    expect(checkCode("SEX", "M", 2025)).toBe("ok");
  });
  it("knows codes withdrawn after a year", () => {
    expect(checkCode("SEX", "1", 2024)).toBe("ok");
    expect(checkCode("SEX", "1", 2025)).toBe("not-in-year");
    expect(checkCode("PLACE", "Z1", 2026)).toBe("not-in-year");
    expect(checkCode("ACTIV", "F3", 2022)).toBe("not-in-year");
  });
  it("accepts every year's codes for a single return", () => {
    expect(checkCode("PLACE", "Z11", null)).toBe("ok");
    expect(checkCode("REC", "E43", null)).toBe("ok");
  });
  it("says unknown for a code in no list", () => {
    expect(checkCode("PLACE", "Q9", null)).toBe("unknown");
    expect(checkCode("ACCOM", "A1", null)).toBe("unknown");
    expect(checkCode("ACCOM", "Z2", null)).toBe("ok");
  });
});

describe("codeTable", () => {
  it("agrees with checkCode for every code of every list, in every year and in a single return", () => {
    for (const name of Object.keys(CODE_LISTS) as CodeListName[]) {
      for (const endYear of [null, 2017, 2018, 2019, 2021, 2022, 2024, 2025, 2026]) {
        const table = codeTable(name, endYear);
        expect([...table.keys()]).toEqual([...CODE_LISTS[name].keys()]);
        for (const [code, entry] of table) expect([entry.code, entry.check]).toEqual([code, checkCode(name, code, endYear)]);
      }
    }
    expect(codeTable("PLACE", 2019).get("K3")!.check).toBe("not-in-year");
  });
});
