import { readFile, writeFile } from "node:fs/promises";
import { loadFolder903 } from "../node.js";
import { runCli } from "./run.js";

/** The `cic-scorecard` executable: real files and streams around `runCli`. */
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFile(path, "utf8"),
  writeFile: (path, data) => writeFile(path, data),
  loadFolder: loadFolder903,
  isTTY: process.stderr.isTTY === true,
});
