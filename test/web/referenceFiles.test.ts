import { describe, expect, it } from "vitest";
import { csv } from "../validation/ruleFixture.js";
import { CHILDRENS_HOMES, EPISODE_COLUMNS, POSTCODE_DIRECTORY, SOCIAL_CARE_PROVIDERS } from "../validation/rules/referenceFixture.js";
import { createJobs } from "../../src/web/jobs.js";
import type { PickedReference, WorkerAnswer } from "../../src/web/protocol.js";
import { pickedReferenceData } from "../../src/web/referenceFiles.js";

// The page's validation with reference files picked in the browser: the same rules run, with the same results, as `validate --config` (test/cli/referenceData.test.ts).
const FOLDER = {
  "2022-23/episodes.csv": csv(EPISODE_COLUMNS, "A,01/05/2022,S,C2,K2,PR1,,PE1 1AA,CB1 1AA,SC999999", "B,01/05/2022,S,C2,K2,PR1,,PE1 1AA,PE2 2BB,SC100001"),
  "2022-23/header.csv": csv("CHILD,SEX,DOB", "A,1,01/01/2010", "B,1,01/01/2010"),
};
const blob = (text: string) => new Blob([text]);

async function validateInPage(reference: PickedReference | null): Promise<{ failedMessage: string | null; failed: Record<string, number>; skipped: Record<string, string> }> {
  const jobs = createJobs();
  const answers: WorkerAnswer[] = [];
  const post = (answer: WorkerAnswer) => answers.push(answer);
  await jobs.handle({ type: "load", files: Object.entries(FOLDER).map(([path, text]) => ({ path, file: blob(text), notRead: null })) }, post);
  await jobs.handle({ type: "validate", reference }, post);
  const answer = answers[answers.length - 1]!;
  if (answer.type !== "validated") return { failedMessage: answer.type === "failed" ? answer.message : answer.type, failed: {}, skipped: {} };
  const rules = answer.rules!;
  return {
    failedMessage: null,
    failed: Object.fromEntries(rules.results.map((r) => [r.code, r.failures.length])),
    skipped: Object.fromEntries(rules.skipped.map((s) => [s.code, s.reason])),
  };
}

describe("the page's validation with picked reference files", () => {
  it("lists the rules needing reference data as not checked when none is picked", async () => {
    const { skipped } = await validateInPage(null);
    expect([skipped["1015"], skipped["1008"]]).toEqual(["needs the postcode reference data", "needs the Ofsted provider lists"]);
  });

  it("runs them on the picked files, with the results validate --config gives", async () => {
    const { failed, skipped } = await validateInPage({
      localAuthority: "Peterborough",
      postcodes: { name: "ONSPD.csv", file: blob(POSTCODE_DIRECTORY) },
      ofstedProviders: [{ name: "childrens-homes.csv", file: blob(CHILDRENS_HOMES) }, { name: "social-care-providers.csv", file: blob(SOCIAL_CARE_PROVIDERS) }],
    });
    expect(Object.keys(skipped).filter((code) => ["1015", "1008", "169", "229"].includes(code))).toEqual([]);
    expect([failed["1015"], failed["1008"], failed["229"], failed["169"]]).toEqual([1, 1, 1, undefined]);
  });

  it("says in one line which council it does not know", async () => {
    const { failedMessage } = await validateInPage({ localAuthority: "Atlantis", postcodes: null, ofstedProviders: [] });
    expect(failedMessage).toBe('config: the council typed "Atlantis" is not a council\'s ONS code, old code or name');
  });

  it("reads a postcode directory far larger than one chunk, keeping only the return's postcodes, lines cut across chunks included", async () => {
    const [header, ...rows] = POSTCODE_DIRECTORY.trim().split("\n");
    const filler = Array.from({ length: 40_000 }, (_, k) => `ZZ${k} 9ZZ,E06000031,E99999999,519000,298000`);
    // The return's postcodes after the filler, in pieces that end mid-line.
    const text = [header, ...filler, ...rows].join("\n");
    const pieces = [text.slice(0, 100_001), text.slice(100_001, 700_003), text.slice(700_003)];
    const data = await pickedReferenceData({ localAuthority: null, postcodes: { name: "ONSPD.csv", file: new Blob(pieces) }, ofstedProviders: [] }, null, FOLDER);
    expect([...data.postcodes!.keys()].sort()).toEqual(["CB11AA", "PE11AA", "PE22BB"]);
  });
});
