import { describe, expect, it } from "vitest";
import { parseListedReturn903, parseReturn903 } from "../../../src/io/ssda903/parseReturn903.js";
import { EPISODES_HEADER, episodeRow } from "./helpers.js";

const episodes = `${EPISODES_HEADER}\n${episodeRow({ CHILD: "7", DECOM: "01/05/2021" })}\n`;
const files: Record<string, string> = {
  "2021-22/episodes.csv": episodes,
  "2021-22/peps.csv": "CHILD,PEP_DATE\n7,01/06/2021\n",
  "2022-23/episodes.csv": episodes,
  "2022-23/notes.txt": "private",
  "archive/": "",
};

describe("parseListedReturn903", () => {
  it("asks for each table file once, and for nothing else", () => {
    const asked: string[] = [];
    parseListedReturn903(Object.keys(files), (path) => {
      asked.push(path);
      return files[path]!;
    });
    expect([...asked].sort()).toEqual(["2021-22/episodes.csv", "2021-22/peps.csv", "2022-23/episodes.csv"]);
  });

  it("reads the listed files as parseReturn903 reads the same map", () => {
    const listed = parseListedReturn903(Object.keys(files), (path) => files[path]!);
    expect(listed).toEqual(parseReturn903(files));
    expect(listed.return903.years.map((y) => y.tables)).toEqual([["episodes", "peps"], ["episodes"]]);
  });
});
