import type { LoadProgress } from "../io/ssda903/parseReturn903.js";

/**
 * Progress on stderr for long runs (issue: speed at national scale): nothing during the first
 * second, nothing at all when stderr is not a terminal, and the line cleared at the end so
 * the terminal holds only the output.
 */
export interface Progress {
  onLoad(progress: LoadProgress): void;
  stage(text: string): void;
  done(): void;
}

const AFTER_MS = 1000;

export function createProgress(write: (text: string) => void, isTTY: boolean, now: () => number): Progress {
  if (!isTTY) return { onLoad() {}, stage() {}, done() {} };
  const started = now();
  let rows = 0;
  let shown = false;
  const show = (text: string) => {
    if (now() - started < AFTER_MS) return;
    write(`\r\u001b[Kcic-scorecard: ${text}`);
    shown = true;
  };
  return {
    onLoad(progress) {
      if (progress.stage === "stitching") return show("joining the years into one history per child…");
      rows += progress.rowsRead;
      const seconds = Math.max((now() - started) / 1000, 0.001);
      show(`read ${progress.file} (${rows.toLocaleString("en-GB")} rows, ${Math.round(rows / seconds).toLocaleString("en-GB")} rows/s)`);
    },
    stage: show,
    done() {
      if (shown) write("\r\u001b[K");
    },
  };
}
