import { DuckDBInstance } from "@duckdb/node-api";

/**
 * A DuckDB baseline for the benchmark: the same CSV folder, read by DuckDB's CSV reader and
 * measured with plain SQL written from indicators.md (§1.5 merge, §1.6 periods, §1.8 spells,
 * §1.9 CLA, §3.1 starts and ends, §3.2 stability). It is an approximation kept short enough
 * to read: no data checks, no options, default policies only.
 */

export interface BaselineCounts {
  numerator: number;
  denominator: number | null;
}

export interface BaselineResult {
  readMs: number;
  queryMs: number;
  episodes: number;
  indicators: Record<"cla-count" | "starts-count" | "ends-count" | "placements-3plus" | "long-term-stability", BaselineCounts>;
}

export interface BaselineDates {
  /** R, W0 = ws(R, 12), ws(R, 24), ws(R, 30), and the 16th-birthday test day, as ISO text. */
  asAt: string;
  windowStart: string;
  spellBy: string;
  periodBy: string;
}

const sqlText = (text: string) => `'${text.replaceAll("'", "''")}'`;
const TEMPORARY = "('T0','T1','T2','T3','T4')";
const SHORT_BREAK = "('V3','V4')";

function loadSql(dir: string): string {
  const glob = sqlText(`${dir}/*/episodes.csv`);
  const headers = sqlText(`${dir}/*/header.csv`);
  const date = (column: string) => `try_strptime(nullif(trim(${column}), ''), '%d/%m/%Y')::DATE`;
  return `
    CREATE TABLE raw AS
      SELECT trim(CHILD) AS child, ${date("DECOM")} AS decom, ${date("DEC")} AS dec,
             upper(trim(RNE)) AS rne, upper(trim(LS)) AS ls, upper(trim(PLACE)) AS place,
             upper(replace(coalesce(PL_POST, ''), ' ', '')) AS pl_post, nullif(nullif(trim(URN), ''), 'XXXXXXX') AS urn,
             nullif(upper(trim(REC)), '') AS rec,
             CAST(regexp_extract(filename, '(\\d{4})-\\d{2}[/\\\\][^/\\\\]*$', 1) AS INTEGER) + 1 AS end_year,
             row_number() OVER () AS read_order
      FROM read_csv(${glob}, all_varchar = true, header = true, filename = true, union_by_name = true);
    -- §1.5: for a CHILD + DECOM held by several years, keep every row of the latest year.
    CREATE TABLE episodes AS
      SELECT * FROM raw WHERE decom IS NOT NULL
      QUALIFY end_year = max(end_year) OVER (PARTITION BY child, decom);
    CREATE TABLE header AS
      SELECT trim(CHILD) AS child, try_strptime(nullif(trim(DOB), ''), '%d/%m/%Y')::DATE AS dob
      FROM read_csv(${headers}, all_varchar = true, header = true, filename = true, union_by_name = true)
      QUALIFY row_number() OVER (PARTITION BY trim(CHILD) ORDER BY filename DESC) = 1;
  `;
}

/** Chain order (§1.6), periods, and spells with the carer rules of §1.8 (temporary returns approximated one episode back). */
const CHAINED = `
  WITH ordered AS (
    SELECT *,
      row_number() OVER w AS rn,
      lag(rec) OVER w AS prev_rec, lag(dec) OVER w AS prev_dec,
      lag(place) OVER w AS prev_place, lag(place, 2) OVER w AS prev2_place,
      lag(pl_post, 2) OVER w AS prev2_post, lag(urn, 2) OVER w AS prev2_urn
    FROM episodes WHERE ls NOT IN ${SHORT_BREAK}
    WINDOW w AS (PARTITION BY child ORDER BY decom, dec NULLS LAST, read_order)
  ), flagged AS (
    SELECT *,
      CASE WHEN rn = 1 OR rne = 'S' OR prev_rec IS DISTINCT FROM 'X1' OR prev_dec IS DISTINCT FROM decom THEN 1 ELSE 0 END AS new_period
    FROM ordered
  ), spells AS (
    SELECT *,
      CASE
        WHEN new_period = 1 THEN 1
        WHEN place IN ${TEMPORARY} THEN 0
        WHEN prev_place IN ${TEMPORARY} AND prev2_place = place
             AND (prev2_post = '' OR pl_post = '' OR prev2_post = pl_post)
             AND (prev2_urn IS NULL OR urn IS NULL OR prev2_urn = urn) THEN 0
        WHEN rne IN ('P', 'B') THEN 1
        ELSE 0
      END AS new_spell
    FROM flagged
  ), numbered AS (
    SELECT *,
      sum(new_period) OVER (PARTITION BY child ORDER BY rn) AS period_no,
      sum(new_spell) OVER (PARTITION BY child ORDER BY rn) AS spell_no
    FROM spells
  )
  SELECT *,
    min(decom) OVER (PARTITION BY child, period_no) AS period_start,
    min(decom) OVER (PARTITION BY child, spell_no) AS spell_start
  FROM numbered
`;

function indicatorSql(d: BaselineDates): Record<keyof BaselineResult["indicators"], string> {
  const R = `DATE ${sqlText(d.asAt)}`;
  const W0 = `DATE ${sqlText(d.windowStart)}`;
  const cla = `SELECT DISTINCT child FROM episodes WHERE ls NOT IN ${SHORT_BREAK} AND decom <= ${R} AND (dec IS NULL OR dec > ${R})`;
  return {
    "cla-count": `SELECT count(*) AS n, NULL AS d FROM (${cla})`,
    "starts-count": `SELECT count(DISTINCT child) AS n, NULL AS d FROM episodes WHERE rne = 'S' AND ls NOT IN ${SHORT_BREAK} AND decom BETWEEN ${W0} AND ${R}`,
    "ends-count": `SELECT count(DISTINCT child) AS n, NULL AS d FROM episodes
      WHERE ls NOT IN ${SHORT_BREAK} AND dec BETWEEN ${W0} AND ${R} AND rec IS DISTINCT FROM 'X1'`,
    // §3.2: spells overlapping [W0, R], the spell open at W0 counting once.
    "placements-3plus": `
      WITH chained AS (${CHAINED}),
      overlapping AS (
        SELECT child, spell_no FROM chained
        WHERE decom <= ${R} AND (dec IS NULL OR dec >= ${W0})
        GROUP BY child, spell_no
      ), per_child AS (SELECT child, count(*) AS spells FROM overlapping GROUP BY child)
      SELECT count(*) FILTER (WHERE coalesce(p.spells, 0) >= 3) AS n, count(*) AS d
      FROM (${cla}) c LEFT JOIN per_child p USING (child)`,
    "long-term-stability": `
      WITH chained AS (${CHAINED}),
      current_episode AS (
        SELECT * FROM chained WHERE decom <= ${R} AND (dec IS NULL OR dec > ${R})
        QUALIFY row_number() OVER (PARTITION BY child ORDER BY decom DESC, dec DESC NULLS FIRST, read_order DESC) = 1
      ), previous_spell AS (
        SELECT child, period_no, spell_no, min(decom) AS start FROM chained GROUP BY child, period_no, spell_no
      ), cohort AS (
        SELECT e.*, h.dob FROM current_episode e JOIN header h USING (child)
        WHERE h.dob IS NOT NULL AND h.dob + INTERVAL 16 YEAR > ${R}
          AND e.period_start <= DATE ${sqlText(d.periodBy)}
          AND NOT EXISTS (SELECT 1 FROM episodes s WHERE s.child = e.child AND s.ls IN ${SHORT_BREAK}
                            AND s.decom <= ${R} AND (s.dec IS NULL OR s.dec >= DATE ${sqlText(d.periodBy)}))
      )
      SELECT count(*) FILTER (WHERE spell_start <= DATE ${sqlText(d.spellBy)}
               OR (place IN ('A3','A4','A5','A6') AND EXISTS (
                     SELECT 1 FROM previous_spell p WHERE p.child = c.child AND p.period_no = c.period_no
                       AND p.spell_no = c.spell_no - 1 AND p.start <= DATE ${sqlText(d.spellBy)}))) AS n,
             count(*) AS d
      FROM cohort c`,
  };
}

export async function duckdbBaseline(dir: string, dates: BaselineDates): Promise<BaselineResult> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const readStarted = performance.now();
    await connection.run(loadSql(dir));
    const readMs = performance.now() - readStarted;
    const countReader = await connection.runAndReadAll("SELECT count(*) AS n FROM episodes");
    const episodes = Number(countReader.getRowObjects()[0]?.n ?? 0);
    const queryStarted = performance.now();
    const indicators = {} as BaselineResult["indicators"];
    for (const [id, sql] of Object.entries(indicatorSql(dates)) as [keyof BaselineResult["indicators"], string][]) {
      const row = (await connection.runAndReadAll(sql)).getRowObjects()[0] ?? {};
      indicators[id] = { numerator: Number(row.n ?? 0), denominator: row.d === null || row.d === undefined ? null : Number(row.d) };
    }
    return { readMs, queryMs: performance.now() - queryStarted, episodes, indicators };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
