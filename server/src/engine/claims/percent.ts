/**
 * Where a percent sign or word after a figure ends ("95%", "95 %", "95 per cent", "95 pc",
 * "95 pct", the wire and cable abbreviation), or -1.
 */
export function percentSuffixEnd(text: string, end: number): number {
  PERCENT.lastIndex = end;
  const m = PERCENT.exec(text);
  return m ? end + m[0].length : -1;
}

const PERCENT = /[ \u00A0\u2009\u202F]?%|[ \u00A0]per[ \u00A0-]?cent\b(?!age)|[ \u00A0]?pct?\b/iy;

