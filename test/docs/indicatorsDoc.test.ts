import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderIndicatorsDoc } from "../../docs/tools/indicatorsDoc.js";
import { BUILT_IN_INDICATORS } from "../../src/indicators/registry.js";

describe("docs/indicators.md", () => {
  it("is what the registry generates (run `npm run docs` after changing an indicator)", () => {
    const checkedIn = readFileSync(new URL("../../docs/indicators.md", import.meta.url), "utf8");
    expect(checkedIn).toBe(renderIndicatorsDoc());
  });

  it("lists every registered indicator", () => {
    const doc = renderIndicatorsDoc();
    for (const d of BUILT_IN_INDICATORS) expect(doc).toContain(`## \`${d.id}\``);
  });
});
