/**
 * The quick-fix text for a share the writer wrote as a proportion ("four in five", "8 out of
 * 10") or a fraction ("two thirds"): the source's percentage as a proportion in the writer's
 * style when one with a small denominator is exact (95% → "nineteen in twenty", "19 in 20"),
 * else as a percentage ("95 per cent" after words, "95%" after digits). Replacing only the
 * numerator gave "ninety-five in five". A proportion keeps its form or gets no text: "Three of
 * every four" → "Nineteen of every twenty", never "Ninety-five of every four", and a share
 * that no small proportion says exactly is left to the writer. A proportion written
 * denominator first ("Of every 20 attacks, 12 took place…") underlines only its numerator,
 * which becomes the source's share of the same denominator when that is a whole number.
 */

const PROPORTION = /^(.+?)([ \u00A0](?:in|out[ \u00A0]of|of)(?:[ \u00A0]every)?[ \u00A0])(.+)$/;
/** "Of every 20 attacks, …", "For every twenty attacks, …": group 1 is the denominator. */
const DENOMINATOR_FIRST = /^(?:of|out[ \u00A0]+of|for|in)[ \u00A0]+every[ \u00A0]+([\p{L}\d-]+)/iu;
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

/** `percent` written the way the writer wrote their share; undefined when its form cannot say it. */
export function shareText(written: string, percent: number): string | undefined {
  const inWords = !/\d/.test(written);
  const capital = /^\p{Lu}/u.test(written);
  const proportion = PROPORTION.exec(written);
  let text: string;
  if (proportion) {
    const fit = fraction(percent);
    if (!fit) return undefined;
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

/** The denominator of a share written denominator first ("Of every 20 attacks, 12"), if `phrase` is one. */
export function leadingDenominator(phrase: string): number | undefined {
  const m = DENOMINATOR_FIRST.exec(phrase);
  if (!m) return undefined;
  const word = m[1]!.toLowerCase();
  if (/^\d+$/.test(word)) return Number(word);
  for (let n = 2; n < 100; n++) if (smallNumberWords(n) === word) return n;
  return undefined;
}

/**
 * The numerator of a denominator-first share for `percent` of `denominator`, written like
 * `written` ("12" → "19", "twelve" → "nineteen"); undefined unless it is a whole number.
 */
export function numeratorText(written: string, denominator: number, percent: number): string | undefined {
  const n = (percent * denominator) / 100;
  if (!Number.isInteger(n) || n <= 0 || n >= denominator) return undefined;
  const text = /\d/.test(written) ? String(n) : smallNumberWords(n);
  return /^\p{Lu}/u.test(written) ? text[0]!.toUpperCase() + text.slice(1) : text;
}
