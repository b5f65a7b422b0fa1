import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CicScorecardError } from "../src/errors.js";
import { loadReturn903 } from "../src/io/ssda903/loadReturn903.js";
import { loadFolder903, readFolder903 } from "../src/node.js";
import { EPISODES_HEADER, episodeRow } from "./io/ssda903/helpers.js";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "cic-903-"));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    if (path.endsWith("/")) mkdirSync(join(dir, path), { recursive: true });
    else {
      mkdirSync(join(dir, path, ".."), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  }
  return dir;
}

const episodes = `${EPISODES_HEADER}\n${episodeRow({ CHILD: "7", DECOM: "01/05/2021" })}\n`;

describe("readFolder903", () => {
  it("reads year folders with / paths and lists other entries without reading them", async () => {
    const dir = folder({ "2021-22/episodes.csv": episodes, "2021-22/notes.txt": "private", "archive/": "" });
    const files = await readFolder903(dir);
    expect(Object.keys(files).sort()).toEqual(["2021-22/", "2021-22/episodes.csv", "2021-22/notes.txt", "archive/"]);
    expect(new TextDecoder().decode(files["2021-22/episodes.csv"] as Uint8Array)).toBe(episodes);
    expect((files["2021-22/notes.txt"] as Uint8Array).length).toBe(0);
  });

  it("throws a usage error for a missing folder or a file", async () => {
    const dir = folder({ "episodes.csv": episodes });
    await expect(readFolder903(join(dir, "nope"))).rejects.toMatchObject({ code: "usage" });
    await expect(readFolder903(join(dir, "episodes.csv"))).rejects.toBeInstanceOf(CicScorecardError);
  });
});

describe("loadFolder903", () => {
  it("stitches a folder into a cohort with its data-quality account", async () => {
    const dir = folder({ "2021-22/episodes.csv": episodes, "2022-23/episodes.csv": episodes, "readme.md": "x" });
    const { cohort, dataQuality } = await loadFolder903(dir);
    expect(cohort.children.map((c) => c.childId)).toEqual(["7"]);
    expect(dataQuality.files.map((f) => [f.file, f.rowsRead, f.rowsUsed])).toEqual([["2021-22/episodes.csv", 1, 1], ["2022-23/episodes.csv", 1, 1]]);
    expect(dataQuality.issues.map((i) => [i.code, i.file])).toEqual([["missing-table", "2021-22"], ["missing-table", "2022-23"], ["unknown-file", "readme.md"]]);
  });

  it("reads file by file what readFolder903 reads at once, an unreadable table included", async () => {
    const dir = folder({ "2021-22/episodes.csv": episodes, "2022-23/episodes.csv": episodes, "2022-23/x.txt": "" });
    symlinkSync(join(dir, "nowhere.csv"), join(dir, "2022-23", "peps.csv")); // a broken link cannot be read
    const { dataQuality } = await loadFolder903(dir);
    expect(dataQuality.issues.map((i) => [i.code, i.file])).toEqual([
      ["missing-table", "2021-22"], ["missing-table", "2022-23"], ["unreadable-file", "2022-23/peps.csv"], ["unknown-file", "2022-23/x.txt"],
    ]);
    expect(dataQuality).toEqual(loadReturn903(await readFolder903(dir)).dataQuality);
  });

  it("throws a one-line usage error when no 903 table is there", async () => {
    const dir = folder({ "visits.csv": "CHILD,VISIT_DATE\n1,01/01/2019\n" });
    await expect(loadFolder903(dir)).rejects.toThrow(/holds no 903 table/);
  });
});
