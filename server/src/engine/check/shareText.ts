/**
 * The quick-fix text for a share the writer wrote as a proportion ("four in five", "8 out of
 * 10") or a fraction ("two thirds"): the source's percentage as a proportion in the writer's
 * style when one with a small denominator is exact (95% → "nineteen in twenty", "19 in 20"),
 * else as a percentage ("95 per cent" after words, "95%" after digits). Replacing only the
 * numerator gave "ninety-five in five".
 */

const PROPORTION = /^(.+?)([ \u00A0](?:in|out of)[ \u00A0])(.+)$/;
const FRACTION = /\b(?:half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b/i;
const LARGEST_DENOMINATOR = 20;

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 0–99 in words ("ninety-five"). */
export function smallNumberWords(n: number): string {
  if (n < 20) return UNITS[n]!;
  const t = TENS[Math.floor(n / 10)]!;
  return n % 10 === 0 ? t : `${t}-${UNITS[n % 10]}`;
}

/** Whether the writer's figure is a proportion or a fraction rather than a percentage. */
export function isShare(written: string): boolean {
  return PROPORTION.test(written) || FRACTION.test(written);
}

/** `percent` written the way the writer wrote their share. */
export function shareText(written: string, percent: number): string {
  const inWords = !/\d/.test(written);
  const capital = /^\p{Lu}/u.test(written);
  const proportion = PROPORTION.exec(written);
  const fit = proportion ? fraction(percent) : undefined;
  let text: string;
  if (proportion && fit) {
    const [n, d] = fit;
    const say = (x: number) => (inWords && x < 100 ? smallNumberWords(x) : String(x));
    text = `${say(n)}${proportion[2]}${say(d)}`;
  } else {
    const whole = Number.isInteger(percent) && percent < 100;
    text = inWords && whole ? `${smallNumberWords(percent)} per cent` : inWords ? `${percent} per cent` : `${percent}%`;
  }
  return capital ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/** The smallest exact n in d for a percentage, if d is small enough to read. */
function fraction(percent: number): [number, number] | undefined {
  for (let d = 2; d <= LARGEST_DENOMINATOR; d++) {
    const n = (percent * d) / 100;
    if (Number.isInteger(n) && n > 0 && n < d) return [n, d];
  }
  return undefined;
}
