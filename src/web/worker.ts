import { createJobs } from "./jobs.js";
import type { WorkerAnswer, WorkerRequest } from "./protocol.js";

// The worker's side: requests are handled in turn (messages queue while one runs).
interface WorkerScope {
  onmessage: ((event: MessageEvent<{ id: number; request: WorkerRequest }>) => void) | null;
  postMessage(message: { id: number; answer: WorkerAnswer }): void;
}
const scope = self as unknown as WorkerScope;
const jobs = createJobs();
let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event) => {
  const { id, request } = event.data;
  queue = queue.then(() => jobs.handle(request, (answer) => scope.postMessage({ id, answer })));
};
