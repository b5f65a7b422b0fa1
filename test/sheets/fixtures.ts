/**
 * The same small 903 return as each host passes it. Children at 31/01/2019: 1001 in care since
 * 01/04/2018; 1002 in care since 10/04/2018; 1003 left care 01/06/2018 (E4A). So cla-count 2,
 * starts-count 2 (1001, 1002 in the year from 01/02/2018), ends-count 1.
 */
export type Host = "excel-desktop" | "excel-web" | "google";

const BLANK: Record<Host, unknown> = { "excel-desktop": 0, "excel-web": null, google: "" };

interface DateOf {
  (host: Host, year: number, month: number, day: number): unknown;
}

/** Excel: a 1900-system serial; Google: a Date at local midnight, as Apps Script passes it. */
export const dateOf: DateOf = (host, year, month, day) =>
  host === "google" ? new Date(year, month - 1, day) : Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);

export function headerRange(host: Host): unknown[][] {
  // Excel stores numeric ids as numbers.
  const id = (n: number) => (host === "google" ? String(n) : n);
  return [
    ["CHILD", "SEX", "DOB", "ETHNIC", "UPN"],
    [id(1001), 1, dateOf(host, 2010, 1, 1), "WBRI", BLANK[host]],
    [id(1002), 2, dateOf(host, 2012, 5, 5), "WBRI", BLANK[host]],
    [id(1003), 1, dateOf(host, 2008, 3, 3), BLANK[host], BLANK[host]],
  ];
}

export function episodesRange(host: Host): unknown[][] {
  const id = (n: number) => (host === "google" ? String(n) : n);
  const b = BLANK[host];
  return [
    ["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"],
    [id(1001), dateOf(host, 2018, 4, 1), "S", "C2", "N1", "U4", "PR1", b, b, b, b, b, b],
    [id(1002), dateOf(host, 2018, 4, 10), "S", "V2", "N1", "U4", "PR1", b, b, b, b, b, b],
    [id(1003), dateOf(host, 2017, 4, 1), "S", "C2", "N1", "U4", "PR1", dateOf(host, 2018, 6, 1), "E4A", b, b, b, b],
    // trailing blank rows, as a whole-column reference passes them
    [b, b, b, b, b, b, b, b, b, b, b, b, b],
    [b, b, b, b, b, b, b, b, b, b, b, b, b],
  ];
}

export const HOSTS: readonly Host[] = ["excel-desktop", "excel-web", "google"];
