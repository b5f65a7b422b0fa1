#!/usr/bin/env node
// The package as a consumer gets it (`npm run check:package`): packs the tarball, installs it
// into a fresh project, type-checks the README example under node16 resolution and a browser
// project (lib dom, skipLibCheck off), runs it as ESM and as CommonJS, bundles it for the
// browser, and prints the sizes.
// Needs the npm registry for the package's own dependencies.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "cic-scorecard-consumer-"));
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
};

try {
  // 1. `npm pack --json` prints only JSON (the build in `prepare` writes to stderr).
  const packed = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work], root))[0];
  const files = packed.files.map((f) => f.path);
  check(true, "npm pack --json parses");
  for (const file of ["LICENSE", "docs/CHANGELOG.md", "README.md", "schema/config.schema.json", "dist/index.d.ts", "dist/index.cjs", "dist/readWorker.js"]) {
    check(files.includes(file), `the tarball holds ${file}`);
  }
  // The browser page is an end-user artefact (like the spreadsheet zips), not part of the library.
  check(!files.some((f) => f.startsWith("dist/web/")), "the tarball leaves the browser page out");
  console.log(`     tarball ${(packed.size / 1024).toFixed(0)} KB, unpacked ${(packed.unpackedSize / 1024).toFixed(0)} KB, ${files.length} files`);

  // 2. A fresh consumer project.
  const app = join(work, "app");
  cpSync(join(root, "examples", "peterborough-2019-01"), join(app, "examples", "peterborough-2019-01"), { recursive: true });
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  run("npm", ["install", "--no-audit", "--no-fund", join(work, packed.filename)], app);
  const modules = join(app, "node_modules");
  const packages = run("npm", ["ls", "--all", "--parseable"], app).trim().split("\n").length - 1;
  console.log(`     install: ${packages} packages, ${(sizeOf(modules) / 1024 / 1024).toFixed(1)} MB`);

  // 3. The README example, as ESM, CommonJS and TypeScript.
  const example = (importLines) => `${importLines}
const { cohort } = await loadFolder903("examples/peterborough-2019-01");
const scorecard = computeScorecard(cohort, { asAt: "2019-01-31", period: "year", population: 50000 });
const stability = scorecard.indicators.find((i) => i.id === "long-term-stability");
console.log(stability?.value, stability?.numerator, stability?.denominator);
`;
  writeFileSync(join(app, "example.mjs"), example('import { computeScorecard } from "cic-scorecard";\nimport { loadFolder903 } from "cic-scorecard/node";'));
  writeFileSync(
    join(app, "example.cjs"),
    `(async () => {\n${example('const { computeScorecard } = require("cic-scorecard");\nconst { loadFolder903 } = require("cic-scorecard/node");')}})();\n`,
  );
  writeFileSync(join(app, "example.ts"), example('import { computeScorecard, type IndicatorId } from "cic-scorecard";\nimport { loadFolder903 } from "cic-scorecard/node";\nconst id: IndicatorId = "long-term-stability";\nvoid id;'));
  writeFileSync(
    join(app, "browser.ts"),
    `import { computeScorecard, loadReturn903, type ScorecardConfigInput } from "cic-scorecard";
const config: ScorecardConfigInput = { council: "Example", indicators: { "placements-3plus": { target: 9 } } };
const { cohort } = loadReturn903({ "2018-19/header.csv": "CHILD,SEX,DOB,ETHNIC\\n" });
document.title = String(computeScorecard(cohort, { asAt: "2019-01-31", config }).indicators.length);
`,
  );
  const strict = { strict: true, skipLibCheck: false, noEmit: true, target: "es2022" };
  writeFileSync(join(app, "tsconfig.node16.json"), JSON.stringify({ compilerOptions: { ...strict, module: "node16", moduleResolution: "node16", lib: ["es2022", "dom"], types: [] }, files: ["example.ts"] }));
  writeFileSync(join(app, "tsconfig.browser.json"), JSON.stringify({ compilerOptions: { ...strict, module: "esnext", moduleResolution: "bundler", lib: ["es2022", "dom"], types: [] }, files: ["browser.ts"] }));
  for (const project of ["tsconfig.node16.json", "tsconfig.browser.json"]) {
    check(attempt(() => run(process.execPath, [tsc, "-p", project], app)), `TypeScript ${project} type-checks`);
  }
  for (const file of ["example.mjs", "example.cjs"]) {
    check(attempt(() => run(process.execPath, [file], app).trim() === "64.7 75 116"), `${file} prints the README's figures`);
  }

  // 4. What a browser consumer ships: esbuild bundles of the installed package, minified.
  const esbuild = join(root, "node_modules", "esbuild", "bin", "esbuild");
  writeFileSync(join(app, "validate.ts"), 'import { validateReturn } from "cic-scorecard";\nconsole.log(validateReturn({}, {}).results.length);\n');
  const bundles = {};
  for (const entry of ["browser.ts", "validate.ts"]) {
    const out = join(work, `${entry}.js`);
    run(esbuild, [entry, "--bundle", "--minify", "--format=esm", "--platform=browser", `--outfile=${out}`, "--log-level=error"], app);
    bundles[entry] = readFileSync(out, "utf8");
    console.log(`     browser bundle of ${entry}: ${(Buffer.byteLength(bundles[entry]) / 1024).toFixed(0)} KB minified`);
  }
  // The DfE rule catalogue is the largest single part; a scorecard-only consumer must not carry it.
  check(!bundles["browser.ts"].includes("Gender code is not valid"), "a scorecard-only bundle leaves the DfE rule catalogue out");
  check(bundles["validate.ts"].includes("Gender code is not valid"), "a validating bundle carries the catalogue");
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failures.length > 0) process.exit(1);

function attempt(step) {
  try {
    return step() !== false;
  } catch (error) {
    console.log(String(error.stdout ?? "") + String(error.stderr ?? error.message));
    return false;
  }
}

function sizeOf(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}
