import { describe, expect, it } from "vitest";
import { BUILT_IN_INDICATORS, createRegistry } from "../../src/indicators/registry.js";
import { defineIndicator } from "../../src/indicators/types.js";
import { CATALOGUE_IDS } from "../fixtures/catalogue.js";

const CATALOGUE = CATALOGUE_IDS;

describe("registry", () => {
  it("holds every catalogue indicator once, in catalogue order", () => {
    expect(BUILT_IN_INDICATORS.map((d) => d.id)).toEqual(CATALOGUE);
  });

  it("lets a council add a local indicator after the national ones", () => {
    const local = defineIndicator({ ...BUILT_IN_INDICATORS[0]!, id: "local-foster-households" });
    expect(createRegistry([local]).map((d) => d.id).at(-1)).toBe("local-foster-households");
  });

  it("refuses a local indicator that reuses a national id", () => {
    expect(() => createRegistry([BUILT_IN_INDICATORS[0]!])).toThrow(/registered twice/);
  });
});
