import { CsvScanner } from "../src/io/csv/scanCsv.js";
import { readTable } from "../src/io/ssda903/readTable.js";
const rows = Number(process.env.ROWS);
const parts = ["CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN"];
for (let r = 0; r < rows; r++) parts.push(`${100000 + r},01/04/2018,S,C2,N1,U4,PR1,15/06/2019,E4A,,PE1 1AA,PE2 2BB,SC123456`);
const text = parts.join("\n");
for (let k = 0; k < 3; k++) {
let t = performance.now();
const s = new CsvScanner(text); let n = 0; for (let r = s.next(); r; r = s.next()) n++;
const scan = performance.now() - t;
t = performance.now();
const res = readTable(text, { file: "e.csv", table: "episodes", label: null, endYear: null, latestTwoDigitDay: null });
console.log("scan", scan.toFixed(0), "readTable", (performance.now() - t).toFixed(0), res.records.length);
}
