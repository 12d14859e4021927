/**
 * Swapped figures: "CRSS counted over 444 fatalities in 1,612 terrorist attacks". Each figure
 * is linked to its own measure but written with the value of the other measure's fact. A hedge
 * can hide one half of the swap ("over 444" fatalities is literally compatible with over
 * 1,612), but a fact-checker reading the sentence sees the two values traded places, so both
 * figures are mismatches whatever their hedges say.
 *
 * A figure is "written as" a fact when its number, read without its hedge words, agrees with
 * that fact and not with its own. Only certain links count, and only within one sentence.
 */
import type { Claim } from '../claims/model';
import { intervalFor, plainIntegerStep } from '../claims/precision';
import type { Fact } from '../factbase/model';
import type { BlockContext } from './context';
import type { MeasureResult } from './govern';
import { judge } from './judge';

/**
 * The figures of a block whose sentence swaps their values with another figure's, each with
 * whether the writer rejects the swap: "it was not 444 deaths in 1,612 attacks but the
 * reverse" negates the pair, so neither figure is asserted.
 */
export function swappedFigures(ctx: BlockContext, links: ReadonlyMap<Claim, MeasureResult>): Map<Claim, Swap> {
  const swapped = new Map<Claim, Swap>();
  // Claims and sentences are both in text order: one walk groups the claims by sentence.
  let sentence = 0;
  let group: Linked[] = [];
  for (const claim of ctx.claims) {
    while (sentence < ctx.sentences.length - 1 && claim.textStart >= ctx.sentences[sentence]![1]) {
      addSwaps(group, swapped);
      group = [];
      sentence++;
    }
    const result = links.get(claim);
    if (claim.kind === 'count' && claim.hedge !== 'range' && result && 'link' in result && result.link.certain) group.push({ claim, facts: result.link.facts });
  }
  addSwaps(group, swapped);
  return swapped;
}

/** A figure of a swapped pair, asserted or rejected with its partner. */
export type Swap = 'asserted' | 'rejected';

interface Linked {
  claim: Claim;
  facts: readonly Fact[];
}

/** Adds the figures of one sentence that trade values with another. */
function addSwaps(linked: readonly Linked[], swapped: Map<Claim, Swap>): void {
  if (linked.length < 2) return;
  const facts = [...new Set(linked.flatMap((l) => l.facts))];
  const writtenAs = new Map<Claim, Fact>();
  for (const { claim, facts: own } of linked) {
    const bare = unhedged(claim);
    if (own.some((f) => judge(bare, f) === 'agrees')) continue;
    const other = facts.find((f) => !own.includes(f) && judge(bare, f) === 'agrees');
    if (other) writtenAs.set(claim, other);
  }
  for (const a of linked) {
    const asFact = writtenAs.get(a.claim);
    if (!asFact) continue;
    // Its partner is linked to the fact `a` is written as, and is written as `a`'s own fact.
    const partner = linked.find((b) => {
      const theirs = writtenAs.get(b.claim);
      return theirs !== undefined && b.facts.includes(asFact) && a.facts.includes(theirs);
    });
    if (!partner) continue;
    const swap = a.claim.negated || partner.claim.negated ? 'rejected' : 'asserted';
    swapped.set(a.claim, swap).set(partner.claim, swap);
  }
}

/** The claim as its number alone allows, without hedge words: "over 444" read as "444". */
function unhedged(claim: Claim): Claim {
  const value = claim.value ?? claim.interval.lo;
  return { ...claim, hedge: 'none', interval: intervalFor('none', value, plainIntegerStep(value)) };
}
