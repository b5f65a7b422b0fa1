#!/usr/bin/env node
// Writes dist/web/index.html (part of `npm run build`): one self-contained file, the page's
// script, styles and Web Worker inline, that works opened from disk. Its Content Security
// Policy allows only its own script (by hash), the worker it starts from a blob, inline
// styles, and no network connection at all.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const version = JSON.parse(readFileSync(`${root}package.json`, "utf8")).version;
const bundle = async (entry, define = {}) => {
  const result = await build({
    entryPoints: [`${root}${entry}`], bundle: true, format: "iife", platform: "browser", target: "es2022", minify: true,
    write: false, legalComments: "none", define, logLevel: "error",
  });
  return result.outputFiles[0].text;
};

const worker = await bundle("src/web/worker.ts");
// Inline in <script>: "</script" inside the code would end the element early.
const script = (await bundle("src/web/page.ts", { __WORKER_SOURCE__: JSON.stringify(worker) })).replaceAll("</script", "<\\/script").trim();
const hash = createHash("sha256").update(script, "utf8").digest("base64");
const csp = [
  "default-src 'none'", `script-src 'sha256-${hash}'`, "worker-src blob:", "style-src 'unsafe-inline'", "img-src data: blob:",
  "frame-src 'self' blob: data:", "connect-src 'none'", "form-action 'none'", "base-uri 'none'",
].join("; ");
const fill = (template, values) => template.replace(/\{\{(\w+)\}\}/g, (_, key) => values[key]);
const html = fill(readFileSync(`${root}src/web/index.html`, "utf8"), {
  CSP: csp, VERSION: version, STYLE: readFileSync(`${root}src/web/page.css`, "utf8").trim(), SCRIPT: script,
});
// `--out DIR` writes elsewhere (the browser tests build the page from the current source).
const outAt = process.argv.indexOf("--out");
const out = outAt > 0 ? process.argv[outAt + 1] : `${root}dist/web`;
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "index.html"), html);
if (!process.argv.includes("--quiet")) console.log(`${join(out, "index.html")}: ${(Buffer.byteLength(html) / 1024).toFixed(0)} KB`);
