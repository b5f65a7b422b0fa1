/**
 * The zip library stamps every entry with a local time, so output would differ between
 * time zones. This rewrites the DOS date and time of every entry, in the local
 * headers and the central directory, to a fixed day (00:00:00). Nothing else changes: the
 * CRCs and sizes do not cover these fields. Classic zip only (a workbook this size never needs ZIP64).
 */
const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;

/** DOS date of an ISO day (clamped to the format's 1980–2107 range). */
export function dosDate(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) return (1 << 5) | 1; // 1980-01-01
  const year = Math.min(Math.max(Number(match[1]), 1980), 2107);
  return ((year - 1980) << 9) | (Number(match[2]) << 5) | Number(match[3]);
}

export function setZipEntryDates(zip: Uint8Array, iso: string): Uint8Array {
  const bytes = new Uint8Array(zip);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const date = dosDate(iso);
  let end = -1;
  for (let offset = bytes.length - 22; offset >= 0; offset -= 1) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) {
      end = offset;
      break;
    }
  }
  if (end === -1) throw new Error("[cic-scorecard] xlsx writer: zip has no end of central directory");
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  for (let entry = 0; entry < entries; entry += 1) {
    if (view.getUint32(offset, true) !== CENTRAL_HEADER) throw new Error("[cic-scorecard] xlsx writer: bad zip central directory");
    view.setUint16(offset + 12, 0, true);
    view.setUint16(offset + 14, date, true);
    const local = view.getUint32(offset + 42, true);
    if (view.getUint32(local, true) !== LOCAL_HEADER) throw new Error("[cic-scorecard] xlsx writer: bad zip local header");
    view.setUint16(local + 10, 0, true);
    view.setUint16(local + 12, date, true);
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return bytes;
}
