import type { AttributionMention } from './attribution';

/**
 * ", says one commentator," / ", said the minister.": a reporting clause with its subject after
 * the verb, inside the sentence after the figures it reports. It binds to the figures before it
 * (back to the previous contrast or semicolon, as a clause does), never to those after.
 */
export function findInverted(sentence: string, from: number, found: AttributionMention[]): void {
  for (const m of sentence.matchAll(INVERTED)) {
    const start = from + m.index;
    found.push({ words: m[1]!.trim(), shape: 'clause', start, end: start + m[0].length, scopeEnd: start + m[0].length });
  }
}

const INVERTED = /,[ \u00A0]+(?:says|said|writes|wrote|argues|argued|notes|noted|claims|claimed|insists|insisted)[ \u00A0]+(?!that[ \u00A0])((?:the|a|an|one|some|several|many|\p{Lu})[^,;:.!?"“”\d]{1,80}?)(?=[ \u00A0]*(?:[,;:.!?]|$))/gu;
