import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { deflateSync } from "node:zlib";
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
  writeFileSync(join(excelDir, "icon-32.png"), squarePng(32));
  writeFileSync(join(excelDir, "icon-64.png"), squarePng(64));

  await bundle({ "cic-sheets": join(ROOT, "src/sheets/google/index.ts") }, sheetsDir, "CicSheets");
  writeFileSync(join(sheetsDir, "Code.js"), codeJs());
  writeFileSync(join(sheetsDir, "appsscript.json"), appsScriptManifest());
  return { excelDir, sheetsDir };
}

// A plain-colour PNG icon, so the manifest's icon URLs resolve when side-loading.
function squarePng(size: number): Buffer {
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(size * 3, 0)]);
  for (let x = 0; x < size; x += 1) row.set([0x1d, 0x70, 0xb8], 1 + x * 3);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(pixels)), chunk("IEND", Buffer.alloc(0))]);
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
