import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { readFolder903 } from "../../src/node.js";
import { listPickedFolder, relativeToChosenFolder } from "../../src/web/folder.js";

/** Every file under `dir`, as a browser gives a chosen folder: `folder-name/…` paths. */
function picked(dir: string): { path: string; size: number }[] {
  const walk = (at: string): string[] => readdirSync(at).flatMap((name) => (statSync(join(at, name)).isDirectory() ? walk(join(at, name)) : [join(at, name)]));
  return walk(dir).map((file) => ({ path: `chosen/${relative(dir, file).split("\\").join("/")}`, size: statSync(file).size }));
}

describe("a folder chosen in the browser", () => {
  it("becomes the file map readFolder903 makes of it on disk: same paths, same order, tables read and others not", async () => {
    const dir = "examples/peterborough-2019-01";
    const files = picked(dir);
    const paths = relativeToChosenFolder(files.map((f) => f.path));
    const listed = listPickedFolder(paths.map((path, k) => ({ path, size: files[k]!.size })));
    const onDisk = await readFolder903(dir);
    expect(listed.map((l) => l.path)).toEqual(Object.keys(onDisk));
    for (const l of listed) {
      const content = onDisk[l.path]!;
      const read = content instanceof Uint8Array && content.length > 0;
      expect(l.source !== null, l.path).toBe(read);
      if (l.source !== null) expect(paths[l.source]).toBe(l.path);
    }
  });

  it("keeps loose files and files from different folders as they are", () => {
    expect(relativeToChosenFolder(["episodes.csv", "header.csv"])).toEqual(["episodes.csv", "header.csv"]);
    expect(relativeToChosenFolder(["/a/episodes.csv", "/b/header.csv"])).toEqual(["a/episodes.csv", "b/header.csv"]);
    expect(relativeToChosenFolder(["/903/2018-19/episodes.csv"])).toEqual(["2018-19/episodes.csv"]);
  });

  it("lists a flat return's tables without looking into year folders beside them, and names a file too large to open", () => {
    const listed = listPickedFolder([
      { path: "episodes.csv", size: 10 }, { path: "2018-19/header.csv", size: 10 }, { path: "header.csv", size: 1100 * 1024 * 1024 },
    ]);
    expect(listed.map((l) => [l.path, l.source, l.notRead !== null])).toEqual([["2018-19/", null, false], ["episodes.csv", 0, false], ["header.csv", 2, true]]);
  });
});
