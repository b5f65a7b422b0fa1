/**
 * The worker thread of `readInWorker` (src/node/readInWorker.ts): reads the files it is given,
 * in order, and posts each one's read as it is done, its columns transferred rather than copied.
 */
import { parentPort, workerData } from "node:worker_threads";
import { readPlannedFile } from "../io/ssda903/parseReturn903.js";
import { SharedIds } from "../io/ssda903/sharedIds.js";
import { tableReadParts } from "../io/ssda903/tableReadParts.js";
import { fileBytes, listedContent, type ReadBuffer } from "./fileBytes.js";
import type { WorkerFile, WorkerRead } from "./readInWorker.js";

const { files } = workerData as { files: readonly WorkerFile[] };
const buffer: ReadBuffer = { bytes: new Uint8Array(0) };
const childIds = new SharedIds();
for (const { file, from, notRead } of files) {
  const read = readPlannedFile(file, listedContent(from, notRead, (path) => fileBytes(path, buffer)), childIds);
  const { parts, transfer } = tableReadParts(file.context.table, read);
  const message: WorkerRead = { path: file.path, parts };
  parentPort!.postMessage(message, transfer);
}
