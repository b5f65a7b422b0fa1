/**
 * Micro benchmark of the CSV scanner: 1.25 million episode-like rows (about 50 MB) scanned by
 * `CsvScanner` and by a naive `split` baseline (which ignores quotes), in the same run, so the
 * ratio means something on a noisy machine; then the whole 903 reader (values, checks, typed
 * records) on the same text. Run: `npx tsx benchmarks/csv-scan.bench.ts` (ROWS=… to resize).
 */
import { CsvScanner } from "../src/io/csv/scanCsv.js";
import { parseReturn903 } from "../src/io/ssda903/parseReturn903.js";

const ROWS = Number(process.env.ROWS ?? 1_250_000);

function makeText(rows: number): string {
  const header = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";
  const parts: string[] = [header];
  for (let r = 0; r < rows; r += 1) {
    const id = String(100000 + r);
    const quoted = r % 50 === 0 ? '"AB1 2CD, flat ""3"""' : "PE1 1AA";
    parts.push(`${id},01/04/2018,S,C2,N1,U4,PR1,15/06/2019,E4A,CHILD,${quoted},PE2 2BB,SC123456`);
  }
  return parts.join("\r\n") + "\r\n";
}

function naive(text: string): number {
  let rows = 0;
  let fields = 0;
  for (const line of text.split(/\r?\n/)) {
    if (line === "") continue;
    fields += line.split(",").length;
    rows += 1;
  }
  return rows + fields * 0;
}

function scanner(text: string): number {
  const s = new CsvScanner(text);
  let rows = 0;
  for (let r = s.next(); r !== null; r = s.next()) rows += 1;
  return rows;
}

function time(name: string, run: () => number): number {
  const started = process.hrtime.bigint();
  const rows = run();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`${name.padEnd(10)} ${rows} rows in ${seconds.toFixed(3)} s = ${Math.round(rows / seconds).toLocaleString("en-GB")} rows/s`);
  return seconds;
}

const text = makeText(ROWS);
console.log(`${(text.length / 1e6).toFixed(1)} MB, ${ROWS} rows`);
// Warm up both once, then measure.
naive(text.slice(0, 1_000_000));
scanner(text.slice(0, 1_000_000));
const baseline = time("naive", () => naive(text));
const ours = time("scanner", () => scanner(text));
console.log(`scanner / naive time ratio: ${(ours / baseline).toFixed(2)}`);
const reader = time("reader", () => parseReturn903({ "episodes.csv": text }).dataQuality.files[0]!.rowsRead);
console.log(`reader / naive time ratio: ${(reader / baseline).toFixed(2)}`);
