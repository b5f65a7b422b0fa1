import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { deflateSync } from "node:zlib";
import { zipSync } from "fflate";
import { build } from "tsup";
import { functionsHtml, officeManifestXml } from "../../src/sheets/excel/manifestXml.js";
import { appsScriptManifest, codeJs } from "../../src/sheets/google/codeJs.js";

/**
 * Builds the spreadsheet add-ins (a build script, so it may use Node and tsup; src/sheets may not):
 * - <out>/excel: functions.js (IIFE that registers the functions), functions.json (by
 *   custom-functions-metadata from the JSDoc), functions.html, manifest.xml, icons;
 * - <out>/sheets: cic-sheets.js (IIFE, global CicSheets), Code.js, appsscript.json (for clasp).
 */
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const EXCEL_SOURCE = join(ROOT, "src/sheets/excel/functions.ts");

export interface SheetsBuildOptions {
  /** Default dist/ of the repository. */
  outDir?: string;
  /** Where the Excel add-in is served from (HTTPS). Default https://localhost:3000. */
  baseUrl?: string;
}

export interface SheetsBuildResult {
  excelDir: string;
  sheetsDir: string;
  /** The zipped add-in folder and Apps Script bundle, under release/. */
  excelZip: string;
  sheetsZip: string;
}

/** An IIFE with every dependency inlined (tsup leaves `dependencies` external by default). */
async function bundle(entry: Record<string, string>, outDir: string, globalName?: string): Promise<void> {
  await build({
    config: false,
    entry,
    outDir,
    format: ["iife"],
    globalName,
    platform: "browser",
    target: "es2019",
    noExternal: [/.*/],
    dts: false,
    sourcemap: false,
    splitting: false,
    clean: false,
    // zod's full namespace (the model's schemas) is most of the bundle; minified it is about 550 kB.
    minify: true,
    silent: true,
    outExtension: () => ({ js: ".js" }),
  });
}

/**
 * Runs the custom-functions-metadata CLI. It exits 0 even when it finds errors, printing them
 * instead, so any output, a non-zero exit or a missing file fails the build.
 */
export async function generateMetadata(source: string, out: string): Promise<void> {
  rmSync(out, { force: true });
  const cli = createRequire(import.meta.url).resolve("custom-functions-metadata/lib/cli.js");
  let stdout = "";
  let stderr = "";
  try {
    ({ stdout, stderr } = await promisify(execFile)(process.execPath, [cli, "generate", source, out], { cwd: ROOT }));
  } catch (error) {
    throw new Error(`custom-functions-metadata failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const printed = `${stdout}${stderr}`.trim();
  if (printed !== "" || !existsSync(out)) throw new Error(`custom-functions-metadata reported errors:\n${printed || "(no functions.json written)"}`);
  const metadata = JSON.parse(readFileSync(out, "utf8")) as { functions?: unknown[] };
  if (!Array.isArray(metadata.functions) || metadata.functions.length === 0) throw new Error("custom-functions-metadata found no functions");
}

export async function buildSheets(options: SheetsBuildOptions = {}): Promise<SheetsBuildResult> {
  const outDir = resolve(options.outDir ?? join(ROOT, "dist"));
  const excelDir = join(outDir, "excel");
  const sheetsDir = join(outDir, "sheets");
  for (const dir of [excelDir, sheetsDir]) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

  await bundle({ functions: join(ROOT, "src/sheets/excel/register.ts") }, excelDir);
  await generateMetadata(EXCEL_SOURCE, join(excelDir, "functions.json"));
  writeFileSync(join(excelDir, "manifest.xml"), officeManifestXml({ baseUrl: options.baseUrl ?? "https://localhost:3000", version }));
  writeFileSync(join(excelDir, "functions.html"), functionsHtml());
  writeFileSync(join(excelDir, "icon-32.png"), iconPng(32));
  writeFileSync(join(excelDir, "icon-64.png"), iconPng(64));
  writeFileSync(join(excelDir, "icon-80.png"), iconPng(80));

  await bundle({ "cic-sheets": join(ROOT, "src/sheets/google/index.ts") }, sheetsDir, "CicSheets");
  writeFileSync(join(sheetsDir, "Code.js"), codeJs());
  writeFileSync(join(sheetsDir, "appsscript.json"), appsScriptManifest());
  // Release artefacts an analyst (or IT) can take as they are.
  const releaseDir = join(outDir, "release");
  const excelZip = join(releaseDir, `cic-scorecard-excel-add-in-${version}.zip`);
  const sheetsZip = join(releaseDir, `cic-scorecard-google-sheets-${version}.zip`);
  zipFolder(excelDir, excelZip);
  zipFolder(sheetsDir, sheetsZip);
  return { excelDir, sheetsDir, excelZip, sheetsZip };
}

/**
 * The add-in's icon, drawn here so the build needs no image files: a blue tile with three
 * scorecard rows, each a red, amber or green dot and a white bar. RGBA PNG, any size.
 */
export function iconPng(size: number): Buffer {
  const BLUE = [0x1d, 0x70, 0xb8];
  const DOTS = [[0xd4, 0x35, 0x1c], [0xf4, 0x77, 0x38], [0x00, 0x70, 0x3c]];
  const radius = size * 0.18; // rounded corners
  const pixel = (x: number, y: number): number[] => {
    const cx = Math.min(Math.max(x + 0.5, radius), size - radius);
    const cy = Math.min(Math.max(y + 0.5, radius), size - radius);
    if (Math.hypot(x + 0.5 - cx, y + 0.5 - cy) > radius) return [0, 0, 0, 0];
    for (let row = 0; row < 3; row += 1) {
      const middle = size * (0.27 + row * 0.23);
      const dotX = size * 0.28;
      if (Math.hypot(x + 0.5 - dotX, y + 0.5 - middle) <= size * 0.085) return [...DOTS[row]!, 255];
      if (x >= size * 0.42 && x < size * 0.8 && Math.abs(y + 0.5 - middle) <= size * 0.045) return [255, 255, 255, 255];
    }
    return [...BLUE, 255];
  };
  const rows = Array.from({ length: size }, (_, y) => Buffer.from([0, ...Array.from({ length: size }, (_, x) => pixel(x, y)).flat()]));
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(Buffer.concat(rows))), chunk("IEND", Buffer.alloc(0))]);
}

/** Every file under `dir` into one zip (paths relative to it, `/`-separated), for a release. */
function zipFolder(dir: string, target: string): void {
  const entries: Record<string, Uint8Array> = {};
  const walk = (at: string, prefix: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path, `${prefix}${name}/`);
      else entries[`${prefix}${name}`] = readFileSync(path);
    }
  };
  walk(dir, "");
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, zipSync(entries, { level: 9, mtime: new Date(Date.UTC(1980, 0, 1)) }));
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
