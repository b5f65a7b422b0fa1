import { describe, expect, it } from "vitest";
import { BUILT_IN_INDICATORS } from "../../src/indicators/registry.js";
import { defineIndicator, missingData } from "../../src/indicators/types.js";
import { TABLES } from "../../src/model/tables.js";
import { cohortOf, contextFor } from "../fixtures/builders.js";

/** `needs`, declared once per indicator: an absent table gives the coded MissingData before `compute` runs. */
describe("what each indicator needs", () => {
  it("is declared by every built-in indicator", () => {
    expect(BUILT_IN_INDICATORS.filter((d) => !d.needs?.length).map((d) => d.id)).toEqual([]);
  });

  it("names every needed table, in the declared order, when the input has none of them", () => {
    for (const definition of BUILT_IN_INDICATORS) {
      expect(definition.compute(contextFor(cohortOf({}, []), "2019-01-31")), definition.id).toEqual(missingData(definition.needs!, null));
    }
  });

  it("names only the absent ones when the others are there", () => {
    for (const definition of BUILT_IN_INDICATORS.filter((d) => d.needs!.length > 1)) {
      const [first, ...rest] = definition.needs!;
      expect(definition.compute(contextFor(cohortOf({}, rest), "2019-01-31")), definition.id).toEqual(missingData([first!], null));
    }
  });

  it("lets compute run when every needed table is there", () => {
    let ran = 0;
    const local = defineIndicator({
      ...BUILT_IN_INDICATORS[0]!, id: "local", needs: ["visits"],
      compute: () => {
        ran += 1;
        return missingData(["uasc"], null);
      },
    });
    expect(local.compute(contextFor(cohortOf({}, ["episodes"]), "2019-01-31"))).toEqual(missingData(["visits"], null));
    expect(ran).toBe(0);
    local.compute(contextFor(cohortOf({}, [...TABLES]), "2019-01-31"));
    expect(ran).toBe(1);
  });
});
