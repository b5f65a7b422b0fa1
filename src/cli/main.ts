import { readFile, writeFile } from "node:fs/promises";
import { loadFolder903 } from "../node.js";
import { runCli } from "./run.js";

// A reader that stops early (`| head`) closes the pipe: stop writing quietly rather than
// crash with a stack trace on stderr (interface.md §3).
let stdoutClosed = false;
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  stdoutClosed = true;
});

/** The `cic-scorecard` executable: real files and streams around `runCli`. */
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => void (stdoutClosed || process.stdout.write(text)),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFile(path, "utf8"),
  writeFile: (path, data) => writeFile(path, data),
  loadFolder: loadFolder903,
  isTTY: process.stderr.isTTY === true,
});
