/**
 * Writes a synthetic 903 folder:
 *   npx tsx benchmarks/generator/cli.ts --children 5000 --years 2016-17,2017-18,2018-19 --seed 1 --out /tmp/903
 *
 * `--one-return` (with one year) writes the tables into the folder itself, as one return: how a
 * single national file is read (1,060,000 children in 2018-19 make about 2,070,000 episode rows).
 */
import { parseArgs } from "node:util";
import { generate903 } from "./generate903.js";
import { writeFileMap } from "./writeFileMap.js";

function main(): void {
  const { values } = parseArgs({
    options: {
      children: { type: "string", default: "1000" },
      years: { type: "string", default: "2016-17,2017-18,2018-19" },
      seed: { type: "string", default: "1" },
      out: { type: "string" },
      "id-prefix": { type: "string" },
      "one-return": { type: "boolean", default: false },
    },
  });
  if (!values.out) {
    process.stderr.write("usage: cli.ts --children N --years 2016-17,2017-18,2018-19 --seed S --out DIR [--id-prefix P] [--one-return]\n");
    process.exit(2);
  }
  const children = Number(values.children);
  const seed = Number(values.seed);
  const years = values.years.split(",").map((y) => y.trim()).filter((y) => y !== "");
  const started = performance.now();
  if (values["one-return"] && years.length !== 1) {
    process.stderr.write("cli.ts: --one-return writes one year: give one in --years\n");
    process.exit(2);
  }
  const generated903 = generate903({ children, years, seed, ...(values["id-prefix"] ? { la: { idPrefix: values["id-prefix"] } } : {}) });
  // One return: the year folder's tables moved up into the folder itself.
  const files = values["one-return"] ? Object.fromEntries(Object.entries(generated903).map(([path, text]) => [path.slice(path.indexOf("/") + 1), text])) : generated903;
  const generated = performance.now();
  const bytes = writeFileMap(files, values.out);
  const written = performance.now();
  process.stdout.write(
    `${children} children × ${years.length} years → ${values.out}: ${Object.keys(files).length} files, ${(bytes / 1e6).toFixed(1)} MB; ` +
      `generated in ${((generated - started) / 1000).toFixed(2)} s, written in ${((written - generated) / 1000).toFixed(2)} s\n`,
  );
}

main();
