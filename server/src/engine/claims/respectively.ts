import type { AttributionMention } from './attribution';

/**
 * "PIPS, ACLED and CRSS put 2024 deaths at 1,081, 1,950 and over 1,612 respectively": a list
 * of names opening the sentence, as its subject, and a list of figures of the same length
 * closed by "respectively" pair in order, so each figure is its own name's. Each pair is an
 * `owned` mention ending where its figure's phrase starts, the most local binding there is.
 * Names are capitalised words or acronyms ("the Pakistan Institute for Peace Studies" keeps
 * its "for"), split at commas and "and"; lists of unequal length pair nothing.
 */
export function findRespectiveSources(sentence: string, from: number): AttributionMention[] {
  const respectively = RESPECTIVELY.exec(sentence);
  const subject = respectively ? NAME_LIST.exec(sentence) : null;
  if (!respectively || !subject) return [];
  const names = subject[1]!.split(NAME_SEPARATOR).map((n) => n.trim()).filter(Boolean);
  if (names.length < 2 || !names.every((n) => NAME.test(n))) return [];
  const starts = figureStarts(sentence.slice(subject[0].length - 1, respectively.index)).map((at) => at + subject[0].length - 1);
  if (starts.length !== names.length) return [];
  return starts.map((at, i) => ({ words: names[i]!, shape: 'owned', start: from + at, end: from + at, scopeEnd: from + at }));
}

/** Where each figure of the list ending `text` starts (its hedge included), in order. */
function figureStarts(text: string): number[] {
  const starts: number[] = [];
  let rest = text.replace(/[ \u00A0,]+$/u, '');
  for (;;) {
    const figure = LAST_FIGURE.exec(rest);
    if (!figure) return [];
    starts.unshift(figure.index + figure[0].length - figure[0].trimStart().length);
    rest = rest.slice(0, figure.index);
    const join = LIST_JOIN.exec(rest);
    if (!join) return starts;
    rest = rest.slice(0, join.index);
  }
}

export const RESPECTIVELY = /(?<![\p{L}])respectively(?![\p{L}])/u;
/** Capitalised names, joined by commas and "and", before the sentence's first lower-case word. */
const NAME_LIST = /^[ \u00A0"“]*((?:the[ \u00A0]+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:(?:[ \u00A0]*,[ \u00A0]*|[ \u00A0]+)(?:(?:and|&|of|for|the|on|in)[ \u00A0]+)*\p{Lu}[\p{L}\p{N}&.'’-]*)*)[ \u00A0]+\p{Ll}/u;
const NAME_SEPARATOR = /[ \u00A0]*,[ \u00A0]*(?:and[ \u00A0]+)?|[ \u00A0]+(?:and|&)[ \u00A0]+(?=\p{Lu}{2}|\p{Lu}[\p{L}]*[ \u00A0]*(?:,|$))/u;
const NAME = /^(?:the[ \u00A0]+)?\p{Lu}/u;
const HEDGE = '(?:(?:over|more[ \\u00A0]+than|about|some|nearly|around|roughly|at[ \\u00A0]+least|fewer[ \\u00A0]+than|under|almost|just[ \\u00A0]+over)[ \\u00A0]+)?';
/** The last figure of a text: a hedge, a number, and a percent sign or "per cent". */
const LAST_FIGURE = new RegExp(`(?:^|[ \\u00A0])${HEDGE}\\d[\\d,.]*(?:[ \\u00A0]*(?:%|per[ \\u00A0]+cent|percent))?$`, 'u');
/** What joins two figures of a list: a comma, "and", or both. */
const LIST_JOIN = /(?:[ \u00A0]*,[ \u00A0]*(?:and)?|[ \u00A0]+and)$/u;
