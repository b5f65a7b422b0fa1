import type { DataQuality } from "../model/issue.js";
import type { RulesReport } from "../validation/validateReturn.js";
import type { YearReconciliation } from "../scorecard/reconcile.js";
import type { Members } from "../indicators/types.js";
import { recordsBySeverity } from "../model/issue.js";
import { listPickedFolder, relativeToChosenFolder } from "./folder.js";
import type { PickedReference, ScoreSettings, ScoredIndicator, WorkerAnswer, WorkerRequest } from "./protocol.js";

/**
 * The page: controls, the worker, and what is shown. Every value from the data reaches the
 * page as text (textContent), never as markup. Nothing is sent anywhere: the page's Content
 * Security Policy forbids connections, and the config's targets stay in this browser's storage.
 */
declare const __WORKER_SOURCE__: string;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const dataFiles = $<HTMLInputElement>("data-files");
const asAtInput = $<HTMLInputElement>("as-at");
const periodSelect = $<HTMLSelectElement>("period");
const populationInput = $<HTMLInputElement>("population");
const configFile = $<HTMLInputElement>("config-file");
const statusBox = $("status");
const progressBar = $<HTMLProgressElement>("progress");
const results = $("results");
const TARGETS_KEY = "cic-scorecard.targets";

// ---- the worker -------------------------------------------------------------------------

type Progress = (message: string, fraction: number | null) => void;
type Pending = { resolve: (answer: WorkerAnswer) => void; progress: Progress };
const pending = new Map<number, Pending>();
let nextId = 1;
const worker = new Worker(URL.createObjectURL(new Blob([__WORKER_SOURCE__], { type: "text/javascript" })));
worker.onmessage = (event: MessageEvent<{ id: number; answer: WorkerAnswer }>) => {
  const { id, answer } = event.data;
  if (answer.type === "progress") return pending.get(id)?.progress(answer.message, answer.fraction);
  pending.get(id)?.resolve(answer);
  pending.delete(id);
};
worker.onerror = (event) => {
  event.preventDefault();
  setStatus("error", "The page's worker stopped. Reload the page and choose the folder again.");
};

/** One request; its progress goes to the status line unless the caller shows it elsewhere. */
function ask(request: WorkerRequest, progress: Progress = showProgress): Promise<WorkerAnswer> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, { resolve, progress });
    worker.postMessage({ id, request });
  });
}

/** The answer of the expected type, or the failure shown in plain words (null). */
async function expect<T extends WorkerAnswer["type"]>(request: WorkerRequest, type: T): Promise<Extract<WorkerAnswer, { type: T }> | null> {
  const answer = await ask(request);
  if (answer.type === "failed") {
    setStatus("error", answer.message);
    return null;
  }
  return answer.type === type ? (answer as Extract<WorkerAnswer, { type: T }>) : null;
}

// ---- status -----------------------------------------------------------------------------

function setStatus(state: "empty" | "working" | "done" | "error", message: string): void {
  statusBox.dataset.state = state;
  statusBox.textContent = message;
  statusBox.classList.toggle("error", state === "error");
  if (state !== "working") progressBar.hidden = true;
}

function showProgress(message: string, fraction: number | null): void {
  statusBox.dataset.state = "working";
  statusBox.textContent = message;
  progressBar.hidden = false;
  if (fraction === null) progressBar.removeAttribute("value");
  else progressBar.value = fraction;
}

// ---- choosing a folder ------------------------------------------------------------------

interface Picked {
  path: string;
  file: File;
}

let generation = 0;
let loadedFolder = false;

async function loadFolder(picked: Picked[]): Promise<void> {
  if (picked.length === 0) return;
  const run = ++generation;
  setStatus("working", `Reading ${picked.length} files…`);
  const paths = relativeToChosenFolder(picked.map((p) => p.path));
  const listed = listPickedFolder(paths.map((path, k) => ({ path, size: picked[k]!.file.size })));
  const files = listed.map(({ path, source, notRead }) => ({ path, file: source === null ? null : picked[source]!.file, notRead }));
  const loaded = await expect({ type: "load", files }, "loaded");
  if (loaded === null || run !== generation) return;
  loadedFolder = true;
  // A date the user chose stays; one the page filled in follows the new folder.
  if ((asAtInput.value === "" || asAtInput.dataset.auto === "true") && loaded.defaultAsAt !== null) fillAsAt(loaded.defaultAsAt);
  await score();
}

dataFiles.addEventListener("change", () => {
  const files = [...(dataFiles.files ?? [])];
  void loadFolder(files.map((file) => ({ path: file.webkitRelativePath || file.name, file })));
});

const dropZone = $("drop-zone");
dropZone.addEventListener("dragover", (event) => {
  event.preventDefault();
  dropZone.classList.add("over");
});
dropZone.addEventListener("dragleave", () => dropZone.classList.remove("over"));
dropZone.addEventListener("drop", (event) => {
  event.preventDefault();
  dropZone.classList.remove("over");
  const entries = [...(event.dataTransfer?.items ?? [])].map((item) => item.webkitGetAsEntry()).filter((e): e is FileSystemEntry => e !== null);
  void Promise.all(entries.map(filesOf)).then((lists) => loadFolder(lists.flat()));
});

/** A dropped entry's files, a folder's recursively (its path keeps the folder's name). */
async function filesOf(entry: FileSystemEntry): Promise<Picked[]> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    return [{ path: entry.fullPath, file }];
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  for (;;) {
    // readEntries gives a batch at a time; an empty batch ends the folder.
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    children.push(...batch);
  }
  return (await Promise.all(children.map(filesOf))).flat();
}

// ---- settings ---------------------------------------------------------------------------

let configText: string | null = null;

configFile.addEventListener("change", async () => {
  const file = configFile.files?.[0];
  configText = file === undefined ? null : await file.text();
  if (loadedFolder) await score();
});
function fillAsAt(iso: string): void {
  asAtInput.value = iso;
  asAtInput.dataset.auto = "true";
}

asAtInput.addEventListener("change", () => delete asAtInput.dataset.auto);
for (const input of [asAtInput, periodSelect, populationInput]) {
  input.addEventListener("change", () => {
    if (loadedFolder) void score();
  });
}

function storedTargets(): Record<string, number | null> {
  try {
    const value = JSON.parse(localStorage.getItem(TARGETS_KEY) ?? "{}") as unknown;
    return value !== null && typeof value === "object" ? (value as Record<string, number | null>) : {};
  } catch {
    return {};
  }
}

function storeTargets(targets: Record<string, number | null>): void {
  try {
    localStorage.setItem(TARGETS_KEY, JSON.stringify(targets));
  } catch {
    // Storage refused (private window, file:// policy): the targets still apply to this visit.
  }
}

let sessionTargets = storedTargets();

function settings(): ScoreSettings {
  const population = populationInput.value.trim();
  return {
    asAt: asAtInput.value === "" ? null : asAtInput.value,
    period: periodSelect.value as ScoreSettings["period"],
    population: population === "" ? null : Number(population),
    configText,
    targets: sessionTargets,
  };
}

// ---- the scorecard ----------------------------------------------------------------------

let indicators: ScoredIndicator[] = [];

async function score(): Promise<void> {
  const run = ++generation;
  const population = populationInput.value.trim();
  if (population !== "" && !(Number.isSafeInteger(Number(population)) && Number(population) > 0)) {
    return setStatus("error", "The population must be a whole number of children above 0.");
  }
  setStatus("working", "Computing the scorecard…");
  const scored = await expect({ type: "score", settings: settings() }, "scored");
  if (scored === null || run !== generation) return;
  indicators = scored.indicators;
  if (asAtInput.value === "") fillAsAt(scored.asAt);
  renderScorecard(scored);
  results.hidden = false;
  const { errors, warnings } = recordsBySeverity(scored.dataQuality.issues);
  setStatus("done", `Scorecard at ${scored.asAt} (period from ${scored.periodStart}). The data had ${errors} ${plural(errors, "error")} and ${warnings} ${plural(warnings, "warning")}.${scored.warnings.map((w) => ` Note: ${w}.`).join("")}`);
  void validate(run);
}

function renderScorecard(scored: Extract<WorkerAnswer, { type: "scored" }>): void {
  $("results-heading").textContent = `${scored.council === null ? "Scorecard" : `${scored.council}: scorecard`} at ${scored.asAt}`;
  const body = $("scorecard-rows");
  body.replaceChildren(
    ...scored.indicators.map((indicator) => {
      const row = element("tr", { "data-indicator": indicator.id });
      const title = element("th", { scope: "row" }, indicator.title);
      const cell = (field: string, text: string) => element("td", { "data-field": field, class: field === "rag" ? `rag rag-${text.toLowerCase()}` : field }, text);
      const { cells } = indicator;
      const children = element("td", {});
      const button = element("button", { type: "button", class: "drill", "aria-label": `Children behind ${indicator.title}` }, "Children");
      button.addEventListener("click", () => void drill(indicator, button));
      children.append(button);
      row.append(
        title, cell("value", cells.value), cell("numerator", cells.numerator), cell("denominator", cells.denominator), cell("target", cells.target),
        cell("rag", cells.rag), cell("trend", cells.trend), cell("variance", cells.variance), cell("note", cells.note), children,
      );
      return row;
    }),
  );
  $<HTMLIFrameElement>("report-frame").srcdoc = scored.reportHtml;
  renderTargets(scored);
  lastConfig = scored.config;
}

// ---- drill-down -------------------------------------------------------------------------

let drillOpener: HTMLElement | null = null;
const LISTED = 2000;

async function drill(indicator: ScoredIndicator, opener: HTMLElement): Promise<void> {
  drillOpener = opener;
  setStatus("working", `Finding the children behind ${indicator.title}…`);
  const answer = await expect({ type: "drill", indicator: indicator.id }, "drilled");
  if (answer === null) return;
  setStatus("done", `The children behind ${indicator.title}.`);
  const panel = $("drill");
  $("drill-heading").textContent = `Children behind ${indicator.title}`;
  $("drill-body").replaceChildren(...membersView(answer.members));
  panel.hidden = false;
  $("drill-heading").focus();
}

function membersView(members: Members): HTMLElement[] {
  const list = (label: string, ids: readonly string[]) => {
    const section = element("section", { class: "members" });
    section.append(element("h4", {}, `${label}: ${ids.length} ${plural(ids.length, "child", "children")}`));
    // Scrolls when long: focusable, so a keyboard can scroll it too.
    const ul = element("ul", { class: "ids", tabindex: "0", "aria-label": label });
    ul.append(...ids.slice(0, LISTED).map((id) => element("li", {}, id)));
    section.append(ul);
    if (ids.length > LISTED) section.append(element("p", {}, `… and ${ids.length - LISTED} more: download JSON from the command line with --drill-down for the whole list.`));
    return section;
  };
  const excluded = element("section", { class: "members" });
  excluded.append(element("h4", {}, `Left out: ${members.excluded.length} ${plural(members.excluded.length, "child", "children")}`));
  if (members.excluded.length > 0) excluded.append(table(["Child", "Why left out"], members.excluded.slice(0, LISTED).map((e) => [e.child, e.reason])));
  return [list("Counted (numerator)", members.numerator), list("Cohort (denominator)", members.denominator), excluded];
}

$("drill-close").addEventListener("click", () => {
  $("drill").hidden = true;
  drillOpener?.focus();
});

// ---- targets ----------------------------------------------------------------------------

function renderTargets(scored: Extract<WorkerAnswer, { type: "scored" }>): void {
  const form = $("targets-rows");
  form.replaceChildren(
    ...scored.indicators.map((indicator) => {
      const row = element("div", { class: "target-row" });
      const id = `target-${indicator.id}`;
      const label = element("label", { for: id }, indicator.title);
      const stored = sessionTargets[indicator.id];
      const input = element("input", { id, type: "number", step: "any", "data-target": indicator.id }) as HTMLInputElement;
      input.value = stored === undefined ? numberIn(indicator.cells.target) : stored === null ? "" : String(stored);
      row.append(label, input);
      return row;
    }),
  );
}

function numberIn(text: string): string {
  const match = /^-?\d+(\.\d+)?/.exec(text);
  return match === null ? "" : match[0];
}

$("targets-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const targets: Record<string, number | null> = {};
  for (const input of document.querySelectorAll<HTMLInputElement>("input[data-target]")) {
    const id = input.dataset.target!;
    const shown = indicators.find((i) => i.id === id);
    const value = input.value.trim() === "" ? null : Number(input.value);
    // Only what the user changed becomes a stored target.
    if (shown !== undefined && input.value !== numberIn(shown.cells.target)) targets[id] = value;
    else if (sessionTargets[id] !== undefined) targets[id] = value;
  }
  sessionTargets = targets;
  storeTargets(targets);
  void score();
});

$("targets-reset").addEventListener("click", () => {
  sessionTargets = {};
  storeTargets({});
  void score();
});

// ---- downloads --------------------------------------------------------------------------

let lastConfig = "";

for (const format of ["json", "csv", "html", "xlsx"] as const) {
  $(`download-${format}`).addEventListener("click", async () => {
    const file = await expect({ type: "download", format }, "file");
    if (file !== null) save(file.name, file.mime, file.data);
  });
}
for (const format of ["json", "csv", "xlsx"] as const) {
  $(`download-validation-${format}`).addEventListener("click", async () => {
    const file = await expect({ type: "download-validation", format }, "file");
    if (file !== null) save(file.name, file.mime, file.data);
  });
}
$("download-config").addEventListener("click", () => save("config.json", "application/json", lastConfig));

function save(name: string, mime: string, data: string | Uint8Array): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type: mime }));
  const link = element("a", { href: url, download: name }) as HTMLAnchorElement;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// ---- validation -------------------------------------------------------------------------

async function validate(run: number): Promise<void> {
  const box = $("validation");
  box.dataset.state = "working";
  $("validation-body").replaceChildren(element("p", {}, "Checking the DfE validation rules…"));
  // In the background, after the scorecard: its progress stays in its own section.
  const answer = await ask({ type: "validate", reference: pickedReference() }, (message) => $("validation-body").replaceChildren(element("p", {}, message)));
  if (run !== generation) return;
  if (answer.type !== "validated") {
    box.dataset.state = "error";
    $("validation-body").replaceChildren(element("p", { class: "error" }, answer.type === "failed" ? answer.message : "The check did not finish."));
    return;
  }
  $("validation-body").replaceChildren(...validationView(answer.dataQuality, answer.reconciliation, answer.rules));
  box.dataset.state = "done";
}

/** The reference files and council picked in the validation section, or null when none is. */
function pickedReference(): PickedReference | null {
  const localAuthority = $<HTMLInputElement>("reference-la").value.trim() || null;
  const postcodes = $<HTMLInputElement>("reference-postcodes").files?.[0];
  const ofsted = [...($<HTMLInputElement>("reference-ofsted").files ?? [])];
  if (localAuthority === null && postcodes === undefined && ofsted.length === 0) return null;
  return {
    localAuthority,
    postcodes: postcodes === undefined ? null : { name: postcodes.name, file: postcodes },
    ofstedProviders: ofsted.map((file) => ({ name: file.name, file })),
  };
}

$("reference-check").addEventListener("click", () => void validate(generation));

const ISSUES_LISTED = 300;

function validationView(dataQuality: DataQuality, reconciliation: readonly YearReconciliation[], rules: RulesReport | null): HTMLElement[] {
  const parts: HTMLElement[] = [];
  parts.push(element("h3", {}, "Files read"));
  parts.push(table(["File", "Rows read", "Used", "Rejected"], dataQuality.files.map((f) => [f.file, String(f.rowsRead), String(f.rowsUsed), String(f.rowsRejected)])));
  const { errors, warnings } = recordsBySeverity(dataQuality.issues);
  parts.push(element("h3", {}, `Data quality: ${errors} ${plural(errors, "error")}, ${warnings} ${plural(warnings, "warning")}`));
  if (dataQuality.issues.length > 0) {
    parts.push(table(
      ["Severity", "Code", "File", "Line", "Column", "Message"],
      dataQuality.issues.slice(0, ISSUES_LISTED).map((i) => [i.severity, i.code, i.file ?? "", i.line === null ? "" : String(i.line), i.column ?? "", i.message]),
    ));
    if (dataQuality.issues.length > ISSUES_LISTED) parts.push(element("p", {}, `… and ${dataQuality.issues.length - ISSUES_LISTED} more: download the validation as CSV or XLSX for all of them.`));
  }
  if (reconciliation.length > 0) {
    parts.push(element("h3", {}, "Year-end reconciliation (what the DfE counts from each year's own return)"));
    parts.push(table(["Year", "Indicator at 31 March", "Own return", "All years", "Children differing"], reconciliation.map((r) => [r.year, r.id, String(r.ownReturn), String(r.allYears), String(r.children.length)])));
  }
  if (rules !== null) {
    const failing = rules.results.reduce((n, r) => n + r.failures.length, 0);
    parts.push(element("h3", {}, `DfE validation rules ${rules.ruleset}: ${rules.results.length} ${plural(rules.results.length, "rule")} failed on ${failing} ${plural(failing, "row")}`));
    if (rules.results.length > 0) {
      parts.push(table(
        ["Rule", "Message", "Rows", "First rows"],
        rules.results.map((r) => [r.code, r.message, String(r.failures.length), r.failures.slice(0, 5).map((f) => `${f.file} line ${f.line}`).join("; ")]),
      ));
    }
    const reasons = new Map<string, number>();
    for (const s of rules.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
    if (reasons.size > 0) {
      parts.push(element("p", {}, `Not checked: ${[...reasons].map(([reason, n]) => `${n} ${plural(n, "rule")} (${reason})`).join("; ")}.`));
    }
  }
  return parts;
}

// ---- helpers ----------------------------------------------------------------------------

function element(tag: string, attributes: Record<string, string>, text?: string): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function table(headers: string[], rows: string[][]): HTMLElement {
  const wrap = element("div", { class: "table-wrap" });
  const t = element("table", {});
  const head = element("tr", {});
  head.append(...headers.map((h) => element("th", { scope: "col" }, h)));
  const thead = element("thead", {});
  thead.append(head);
  const tbody = element("tbody", {});
  tbody.append(...rows.map((cells) => {
    const tr = element("tr", {});
    tr.append(...cells.map((c) => element("td", {}, c)));
    return tr;
  }));
  t.append(thead, tbody);
  wrap.append(t);
  return wrap;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}
