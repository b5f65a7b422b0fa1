import { describe, expect, it } from "vitest";
import { checkCode } from "../../../src/io/ssda903/codeLists.js";

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
