import { readFile, writeFile } from "node:fs/promises";
import { linesThisProcessHolds, loadFolder903, readFolder903, readReferenceData } from "../node.js";
import { runCli } from "./run.js";

// A reader that stops early (`| head`) closes the pipe: stop writing quietly. Output that
// cannot be written (a full disk, a closed stream) is exit 2 with one line (interface.md §3),
// never a stack trace.
let stdoutClosed = false;
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (!stdoutClosed && error.code !== "EPIPE") {
    process.stderr.write(`cic-scorecard: cannot write the output: ${error.code ?? error.message}\n`);
    process.exitCode = 2;
  }
  stdoutClosed = true;
});

/** The `cic-scorecard` executable: real files and streams around `runCli`. */
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => void (stdoutClosed || process.stdout.write(text)),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFile(path, "utf8"),
  writeFile: (path, data) => writeFile(path, data),
  loadFolder: loadFolder903,
  readFolder: readFolder903,
  readReferenceData,
  isTTY: process.stderr.isTTY === true,
  maxLinesPerFile: linesThisProcessHolds(),
});
