/**
 * "Seven Chinese nationals lost their lives in two separate incidents", "12 soldiers were killed
 * in three attacks": a count of attacks after a verb of dying whose subject counts one group of
 * victims counts only the attacks that killed that group, a part of the measure. The whole toll
 * as subject ("1,612 people were killed in 444 attacks", "civilians and soldiers") counts them
 * all. Read by check/govern.ts.
 */
import type { Claim } from '../claims/model';
import type { BlockContext } from './context';
import { allVictimsAt } from './part';

export function incidentsOfSubgroup(ctx: BlockContext, claim: Claim, sentenceStart: number): string | undefined {
  const text = ctx.block.text;
  const victims = ctx.claims.find((c) => c !== claim && c.kind === 'count' && c.textStart >= sentenceStart && c.textEnd < claim.textStart && DIED_IN.test(text.slice(c.textEnd, claim.textStart)));
  if (!victims) return undefined;
  const group = DIED_IN.exec(text.slice(victims.textEnd, claim.textStart))![1]!.trim();
  const first = ctx.words.findIndex((w) => w.start >= victims.textEnd);
  if (group.split(/[ \u00A0]+/u).some((w) => WHOLE_VICTIMS.has(w.toLowerCase())) || allVictimsAt(ctx.words, first) !== undefined) return undefined;
  return `the figure counts the attacks that killed “${group}”, a part of the measure`;
}

/** One to three words naming the victims, a verb of dying, then "in" and any hedge before the count. */
const DIED_IN = /^[ \u00A0]+((?:(?!(?:were|was|had|have|been)[ \u00A0])\p{L}[\p{L}'’-]*[ \u00A0]+){1,3}?)(?:(?:were|was|had|have|had[ \u00A0]+been|have[ \u00A0]+been)[ \u00A0]+)?(?:killed|died|perished|martyred|lost[ \u00A0]+their[ \u00A0]+lives)[ \u00A0]+in[ \u00A0]+(?:(?:at[ \u00A0]+least|some|about|around|only|just)[ \u00A0]+)?$/u;
/** Victim nouns that are the whole toll. */
const WHOLE_VICTIMS = new Set(['people', 'persons', 'individuals', 'lives', 'citizens', 'pakistanis', 'victims']);
