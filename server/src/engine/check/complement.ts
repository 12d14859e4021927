/**
 * A share outside a fact's places is the complement of the fact's share in them: "only 5% of
 * attacks took place outside KP and Balochistan" says what the source's "95% in Balochistan
 * and KP" says, and "15% outside" contradicts it. The claim is judged as its complement
 * (100 − the writer's share), and the quick fix offers the complement of the source's value.
 *
 * Only a share outside all of the fact's places is a complement: "outside KP" alone leaves
 * Balochistan's share in the figure, which the source does not give.
 */
import type { Claim } from '../claims/model';
import type { Fact, Qualifier } from '../factbase/model';
import type { PlaceScope } from './scope';

/** Whether the claim is a share outside every place of the fact's scope. */
export function outsideAll(claim: Claim, fact: Fact, place: PlaceScope): boolean {
  const places = fact.scope.places;
  return claim.kind === 'percent' && fact.value?.kind === 'percent' && places.length > 0 && places.every((p) => place.outside.includes(p));
}

/** The claim read as the share inside: "5%" outside is 95% inside. */
export function complementClaim(claim: Claim): Claim {
  const { lo, hi, loOpen, hiOpen } = claim.interval;
  return { ...claim, interval: { lo: 100 - hi, hi: 100 - lo, loOpen: hiOpen, hiOpen: loOpen } };
}

const OPPOSITE: Partial<Record<Qualifier, Qualifier>> = { over: 'under', under: 'over', 'at-least': 'at-most', 'at-most': 'at-least' };

/** The fact as the share outside its places, for the quick fix: 95% inside is 5% outside. */
export function complementFact(fact: Fact): Fact {
  if (fact.value?.kind !== 'percent') return fact;
  return { ...fact, value: { kind: 'percent', value: 100 - fact.value.value }, qualifier: OPPOSITE[fact.qualifier] ?? fact.qualifier };
}
