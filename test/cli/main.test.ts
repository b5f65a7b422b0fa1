import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// The executable itself (src/cli/main.ts under tsx), as a shell user runs it.
describe("cic-scorecard executable", () => {
  it("stops quietly when the reader of its output closes the pipe early", () => {
    const command =
      "node --import tsx src/cli/main.ts report --data examples/peterborough-2019-01 --as-at 2019-01-31 --format json --drill-down all" +
      ' | head -c 10 > /dev/null; exit "${PIPESTATUS[0]}"';
    const result = spawnSync("bash", ["-c", command], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("exits 2 with one line when the output cannot be written (a full disk)", () => {
    const command = "node --import tsx src/cli/main.ts report --data examples/peterborough-2019-01 --as-at 2019-01-31 > /dev/full";
    const result = spawnSync("bash", ["-c", command], { encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("cic-scorecard: cannot write the output: ENOSPC\n");
  });
});
