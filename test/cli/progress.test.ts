import { describe, expect, it } from "vitest";
import { createProgress } from "../../src/cli/progress.js";

function clock(times: number[]) {
  let i = 0;
  return () => times[Math.min(i++, times.length - 1)]!;
}

describe("createProgress", () => {
  it("says nothing when stderr is not a terminal, however long the run", () => {
    const out: string[] = [];
    const p = createProgress((t) => out.push(t), false, clock([0, 5000, 9000]));
    p.onLoad({ stage: "file", file: "2018-19/episodes.csv", rowsRead: 1000 });
    p.stage("computing");
    p.done();
    expect(out).toEqual([]);
  });

  it("says nothing during the first second", () => {
    const out: string[] = [];
    const p = createProgress((t) => out.push(t), true, clock([0, 200, 400, 600]));
    p.onLoad({ stage: "file", file: "episodes.csv", rowsRead: 10 });
    p.done();
    expect(out).toEqual([]);
  });

  it("names the file and the rows per second after a second, then clears the line", () => {
    const out: string[] = [];
    // started at 0; rate computed at 2000 ms; shown at 2000 ms.
    const p = createProgress((t) => out.push(t), true, clock([0, 2000, 2000]));
    p.onLoad({ stage: "file", file: "2018-19/episodes.csv", rowsRead: 400_000 });
    p.done();
    expect(out[0]).toContain("read 2018-19/episodes.csv (400,000 rows, 200,000 rows/s)");
    expect(out.at(-1)).toBe("\r\u001b[K");
  });
});
