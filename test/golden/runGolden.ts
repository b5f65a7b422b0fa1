import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCliInProcess } from "../fixtures/cliRun.js";
import { GOLDEN_CASES, type GoldenCase, writeGoldenInputs } from "./cases.js";

export const EXPECTED_DIR = "test/golden/expected";

export const expectedFile = (golden: GoldenCase) => join(EXPECTED_DIR, `${golden.name}.${golden.argv.includes("csv") ? "csv" : "json"}`);

/** What the CLI prints for every golden case, with the temporary folder's path made stable. */
export async function runGolden(): Promise<Map<GoldenCase, { code: number; output: string }>> {
  const root = mkdtempSync(join(tmpdir(), "cic-golden-"));
  try {
    const resolve = writeGoldenInputs(root);
    const outputs = new Map<GoldenCase, { code: number; output: string }>();
    for (const golden of GOLDEN_CASES) {
      const { code, stdout, stderr } = await runCliInProcess(resolve(golden));
      outputs.set(golden, { code, output: (stdout + stderr).replaceAll(root, "{ROOT}") });
    }
    return outputs;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
