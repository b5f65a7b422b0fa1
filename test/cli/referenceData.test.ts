import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCliInProcess } from "../fixtures/cliRun.js";
import { csv } from "../validation/ruleFixture.js";
import { CHILDRENS_HOMES, EPISODE_COLUMNS, POSTCODE_DIRECTORY, SOCIAL_CARE_PROVIDERS } from "../validation/rules/referenceFixture.js";

/** `validate --config`: the config names the reference files (relative to itself) and the council; the rules that need them run. */
const dir = mkdtempSync(join(tmpdir(), "cic-reference-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(path: string, text: string): string {
  const full = join(dir, path);
  mkdirSync(join(full, ".."), { recursive: true });
  writeFileSync(full, text);
  return full;
}

write("data/2022-23/episodes.csv", csv(EPISODE_COLUMNS, "A,01/05/2022,S,C2,K2,PR1,,PE1 1AA,CB1 1AA,SC999999", "B,01/05/2022,S,C2,K2,PR1,,PE1 1AA,PE2 2BB,SC100001"));
write("data/2022-23/header.csv", csv("CHILD,SEX,DOB", "A,1,01/01/2010", "B,1,01/01/2010"));
write("config/reference/ONSPD.csv", POSTCODE_DIRECTORY);
write("config/reference/childrens-homes.csv", CHILDRENS_HOMES);
write("config/reference/social-care-providers.csv", SOCIAL_CARE_PROVIDERS);

async function validate(config: object | null): Promise<{ code: number; stderr: string; failed: Record<string, number>; skipped: Record<string, string> }> {
  const args = ["validate", "--data", join(dir, "data"), "--format", "json"];
  if (config !== null) args.push("--config", write("config/config.json", JSON.stringify(config)));
  const { code, stdout, stderr } = await runCliInProcess(args);
  if (code === 2) return { code, stderr, failed: {}, skipped: {} };
  const rules = JSON.parse(stdout).rules as { results: { code: string; failures: unknown[] }[]; skipped: { code: string; reason: string }[] };
  return { code, stderr, failed: Object.fromEntries(rules.results.map((r) => [r.code, r.failures.length])), skipped: Object.fromEntries(rules.skipped.map((s) => [s.code, s.reason])) };
}

describe("validate --config with reference data", () => {
  it("skips the rules that need reference data without a config", async () => {
    const { skipped } = await validate(null);
    expect([skipped["1015"], skipped["1008"], skipped["169"]]).toEqual(["needs the postcode reference data", "needs the Ofsted provider lists", "needs the postcode reference data"]);
  });

  it("runs them with the files the config names, the council given by name", async () => {
    const { failed, skipped } = await validate({
      referenceData: { localAuthority: "Peterborough", postcodes: "reference/ONSPD.csv", ofstedProviders: ["reference/childrens-homes.csv", "reference/social-care-providers.csv"] },
    });
    expect(Object.keys(skipped).filter((code) => ["1015", "1008", "169", "229"].includes(code))).toEqual([]);
    expect([failed["1015"], failed["1008"], failed["229"], failed["169"]]).toEqual([1, 1, 1, undefined]);
  });

  it("takes the council from benchmarks.la when referenceData names none", async () => {
    const { failed } = await validate({ benchmarks: { la: "874" }, referenceData: { postcodes: "reference/ONSPD.csv" } });
    expect(failed["1015"]).toBe(1);
  });

  it("is a usage error naming the file that cannot be read, or a council it does not know", async () => {
    const missing = await validate({ referenceData: { postcodes: "reference/nowhere.csv" } });
    expect([missing.code, missing.stderr]).toEqual([2, "cic-scorecard: reference data reference/nowhere.csv: cannot be read (ENOENT)\n"]);
    const unknown = await validate({ referenceData: { localAuthority: "Atlantis" } });
    expect([unknown.code, unknown.stderr]).toEqual([2, 'cic-scorecard: config: referenceData.localAuthority "Atlantis" is not a council\'s ONS code, old code or name\n']);
  });
});
