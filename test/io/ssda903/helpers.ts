import type { DataIssue } from "../../../src/model/issue.js";

/** Header of a full episodes.csv, and a row builder with sensible defaults. */
export const EPISODES_HEADER = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";

export interface EpisodeRow {
  CHILD?: string; DECOM?: string; RNE?: string; LS?: string; CIN?: string; PLACE?: string; PLACE_PROVIDER?: string;
  DEC?: string; REC?: string; REASON_PLACE_CHANGE?: string; HOME_POST?: string; PL_POST?: string; URN?: string;
}

export function episodeRow(row: EpisodeRow = {}): string {
  const r = { CHILD: "1", DECOM: "01/04/2018", RNE: "S", LS: "C2", CIN: "N1", PLACE: "U4", PLACE_PROVIDER: "PR1", DEC: "", REC: "", REASON_PLACE_CHANGE: "", HOME_POST: "", PL_POST: "", URN: "", ...row };
  return [r.CHILD, r.DECOM, r.RNE, r.LS, r.CIN, r.PLACE, r.PLACE_PROVIDER, r.DEC, r.REC, r.REASON_PLACE_CHANGE, r.HOME_POST, r.PL_POST, r.URN].join(",");
}

export function episodesCsv(...rows: EpisodeRow[]): string {
  return [EPISODES_HEADER, ...rows.map(episodeRow)].join("\n") + "\n";
}

/** Issues as compact tuples [code, severity, line, column] for readable expectations. */
export function brief(issues: DataIssue[]): [string, string, number | null, string | null][] {
  return issues.map((i) => [i.code, i.severity, i.line, i.column]);
}
