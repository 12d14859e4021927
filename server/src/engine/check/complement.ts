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
import { COUNT_WORDS, type PlaceScope } from './places';

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

/**
 * A share fact is one cut of a whole by its places ("95% of attacks in Balochistan and KP"); the
 * same whole is cut other ways too, by target ("half of the attacks targeted security forces"),
 * by perpetrator ("the TTP was behind 60% of attacks"), by whether it was reported, and a share
 * of such a cut says nothing about the fact's. A careful reader takes a share to be about the
 * fact only when its sentence names the fact's partition: one of its places (`named`: in the
 * figure's stretch of its sentence, or its table row and column header), places the
 * share lies outside of ("outside Balochistan and KP", "elsewhere" after them), or the number of
 * places the fact has ("in the two provinces", "both provinces", or "the provinces" referring back
 * to places named before). Without that evidence the link is uncertain: why, or undefined when
 * the partition is named or the fact is no share of places.
 */
export function partitionUnnamed(claim: Claim, fact: Fact, place: PlaceScope, named: ReadonlySet<string>, stretch: string): string | undefined {
  const places = fact.scope.places;
  if (claim.kind !== 'percent' || fact.value?.kind !== 'percent' || places.length === 0) return undefined;
  if (places.some((p) => named.has(p)) || place.outside.length > 0) return undefined;
  if (place.described.some((d) => d.count === places.length)) return undefined;
  for (const m of stretch.matchAll(COUNTED_PLACES)) if (COUNT_WORDS[m[1]!.toLowerCase()] === places.length) return undefined;
  // "The provinces that saw two-thirds of the attacks": places referred to, by as many as the fact has.
  if ((places.length > 1 ? DEFINITE_PLACES : DEFINITE_PLACE).test(stretch)) return undefined;
  return 'its sentence names no place of the source’s share, which may be a share of another kind';
}

/** Places referred back to by a definite common noun: "the provinces", "these regions". */
const DEFINITE_PLACES = /(?<![\p{L}])(?:the|these|those)[ \u00A0]+(?:[\p{Ll}-]+[ \u00A0]+)?(?:provinces|regions)(?![\p{L}])/iu;
const DEFINITE_PLACE = /(?<![\p{L}])(?:the|this|that)[ \u00A0]+(?:[\p{Ll}-]+[ \u00A0]+)?(?:province|region)(?![\p{L}])/iu;
/** A number of places described by a common noun: "the two provinces", "both western provinces". */
const COUNTED_PLACES = /(?<![\p{L}])(one|single|two|both|three|four|five)[ \u00A0]+(?:[\p{Ll}-]+[ \u00A0]+){0,2}(?:provinces|regions|districts|areas|territories|province|region)(?![\p{L}])/giu;
