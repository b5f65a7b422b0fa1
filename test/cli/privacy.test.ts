import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCliInProcess } from "../fixtures/cliRun.js";
import { loadFolder903 } from "../../src/node.js";

/**
 * interface.md §4 Privacy: `report` output, in every format, names no child id, date of birth
 * or other personal value unless --drill-down is given; `validate` may (field `child`).
 * A messy two-year folder raises every child-level warning: a stale episode, overlapping
 * episodes, X1 without successor, a duplicate key, a DOB mismatch, a child without a header,
 * a decimal CHILD and a bad DOB.
 */
const IDS = ["QX48213", "QX48214", "QX48215", "QX48216", "QX48217", "4821900"];
const DOBS = ["17/03/2009", "18/03/2009", "29/02/2009", "2009-03-17", "2009-03-18"];
const EP = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";
const dir = mkdtempSync(join(tmpdir(), "cic-privacy-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, "2021-22"));
mkdirSync(join(dir, "2022-23"));
writeFileSync(join(dir, "2021-22", "episodes.csv"), [EP, "QX48213,01/05/2021,S,C2,N1,U4,PR1,,,,,,"].join("\n") + "\n");
writeFileSync(join(dir, "2021-22", "header.csv"), "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nQX48213,1,17/03/2009,WBRI,,,\n");
writeFileSync(join(dir, "2022-23", "episodes.csv"), [
  EP,
  "QX48214,01/05/2022,S,C2,N1,U4,PR1,,,,,,",
  "QX48214,01/06/2022,S,C2,N1,U4,PR1,,,,,,", // overlaps the first
  "QX48215,01/05/2022,S,C2,N1,U4,PR1,01/07/2022,X1,,,,", // X1 with no successor
  "4821900.0,01/05/2022,S,C2,N1,U4,PR1,,,,,,", // a decimal CHILD
].join("\n") + "\n");
writeFileSync(join(dir, "2022-23", "header.csv"), "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nQX48214,1,17/03/2009,WBRI,,,\nQX48214,1,18/03/2009,WBRI,,,\nQX48215,1,29/02/2009,WBRI,,,\n");
writeFileSync(join(dir, "2022-23", "oc3.csv"), "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\nQX48214,17/03/2009,YES,F1,B1\nQX48216,18/03/2009,YES,F1,B1\nQX48217,18/03/2009,YES,F1,B1\n");

const run = runCliInProcess;

async function xlsxText(bytes: Uint8Array): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const texts: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void texts.push(String(cell.value)))));
  return texts.join("\n");
}

const personal = (text: string) => [...IDS, ...DOBS].filter((value) => text.includes(value));
const REPORT = ["report", "--data", dir, "--as-at", "2023-03-31"];

describe("report output names no child", () => {
  it("raises child-level warnings on this folder (or the test would prove nothing)", async () => {
    const { dataQuality } = await loadFolder903(dir);
    expect(new Set(dataQuality.issues.map((i) => i.code))).toEqual(
      new Set(["stale-open-episode", "overlapping-episodes", "x1-without-successor", "duplicate-key", "dob-mismatch", "no-header-row", "id-float-artefact", "invalid-date"]),
    );
    expect(dataQuality.issues.filter((i) => i.child !== null).length).toBeGreaterThanOrEqual(7);
  });

  for (const format of ["table", "json", "csv", "html"] as const) {
    it(`in ${format}`, async () => {
      const { stdout } = await run([...REPORT, "--format", format]);
      expect(stdout.length).toBeGreaterThan(500);
      expect(personal(stdout)).toEqual([]);
    });
  }

  it("in xlsx", async () => {
    const { written } = await run([...REPORT, "--format", "xlsx", "--out", "r.xlsx"]);
    const text = await xlsxText(written.get("r.xlsx") as Uint8Array);
    expect(text).toContain("stale-open-episode");
    expect(personal(text)).toEqual([]);
  });

  it("names the children with --drill-down, and validate names them in `child`", async () => {
    const drilled = JSON.parse((await run([...REPORT, "--format", "json", "--drill-down", "cla-count"])).stdout);
    expect(drilled.dataQuality.issues.map((i: { child?: string }) => i.child).filter(Boolean)).toContain("QX48214");
    const validated = JSON.parse((await run(["validate", "--data", dir, "--format", "json"])).stdout);
    const children = validated.dataQuality.issues.map((i: { child?: string }) => i.child);
    expect(children).toEqual(expect.arrayContaining(["QX48213", "QX48214", "QX48215", "QX48216", "4821900"]));
    // Messages themselves never carry the personal values, even in validate.
    expect(personal(validated.dataQuality.issues.map((i: { message: string }) => i.message).join("\n"))).toEqual([]);
  });
});
