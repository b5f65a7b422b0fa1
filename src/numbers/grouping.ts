/** "1796" → "1,796": digits grouped by thousands, without a locale API (the same on every machine). */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
