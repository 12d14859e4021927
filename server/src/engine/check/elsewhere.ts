/**
 * A figure whose measure is written in another clause or list item than its own noun phrase:
 * a share of places after a count ("444 attacks, with 59% in Balochistan and KP", "454 attacks
 * and a 90% share of them for KP"), and a figure labelling a list item whose description names
 * the measure ("- **1,162** — people killed in those attacks") or opens it with a measure and a
 * year ("- Terrorist attacks nationwide, 2024: 480"). Also what no measure can take: a count
 * with a fraction ("roughly 3.6 people died" per attack) is an average, "all N of them" is the
 * count of the term before it, a share glossing "the majority" is of what that is of, and a
 * figure answering "How many …?" counts what the question asks about, and "(n = N)" the noun
 * phrase before it. Read by check/govern.ts.
 */
import type { Claim } from '../claims/model';
import { phraseEndOf, phraseStartOf, textIndex, type BlockContext, type DocumentContext } from './context';
import type { ValueKind } from './factIndex';
import { namesSubgroup, PERCENT_UNIT, type MeasureResult } from './govern';
import { answerToHowMany } from './answer';
import { glossedShare } from './glossedShare';
import { partAfterTerm, type Names } from './part';
import { PLACE_KINDS } from './places';

export function measureElsewhere(dc: DocumentContext, ctx: BlockContext, claim: Claim, kind: ValueKind, [sentenceStart, sentenceEnd]: [number, number], names: Names): MeasureResult | undefined {
  // "roughly 3.6 people died" for every attack: a fraction of people is an average, never a total.
  if (kind === 'count' && claim.value !== undefined && !Number.isInteger(claim.value)) return { reason: 'the figure is a fraction, an average rather than a count' };
  return listItemDescription(ctx, claim, kind, names) ?? yearLabelledItem(ctx, claim, kind, names) ?? placedShareOfCount(ctx, claim, kind, sentenceStart, sentenceEnd, names) ?? allOfThem(ctx, claim, kind, sentenceStart, names) ?? glossedShare(ctx, claim, kind, sentenceStart) ?? answerToHowMany(dc, ctx, claim, kind, sentenceStart, names) ?? sampleSize(ctx, claim, kind, sentenceStart, names);
}

/**
 * "Fatalities from terrorist attacks in Pakistan in 2024 (n = 1,126) exceeded …": a count in
 * brackets as "n = N" is the size of the noun phrase before the bracket, whose head is the first
 * term of its sentence ("Fatalities", not the "attacks" they came from).
 */
function sampleSize(ctx: BlockContext, claim: Claim, kind: ValueKind, sentenceStart: number, names: Names): MeasureResult | undefined {
  if (kind !== 'count') return undefined;
  const text = ctx.block.text;
  const phraseStart = phraseStartOf(ctx, claim);
  const bracket = N_EQUALS.exec(text.slice(Math.max(sentenceStart, phraseStart - 8), phraseStart));
  if (!bracket) return undefined;
  const open = phraseStart - bracket[0].length;
  // "95% of attacks (n = 422)", "most attacks (n = 422)": the size of the share, a part.
  const share = ctx.claims.some((c) => c.kind === 'percent' && c.textStart >= sentenceStart && c.textEnd <= open) || PART_BEFORE.test(text.slice(sentenceStart, open));
  if (share) return { reason: 'the figure in “(n = …)” counts the part its sentence gives a share of' };
  const at = ctx.hits.findIndex((h) => h.start >= sentenceStart && h.end <= open && !/[,;:—–]/.test(text.slice(h.end, open)));
  if (at < 0) return undefined;
  const part = partAfterTerm(ctx, ctx.hits[at]!.end, names);
  return part ? { reason: part } : linkTo(ctx, at, kind, 'before');
}

const PART_BEFORE = /(?<![\p{L}])(?:most|majority|half|bulk|share|proportion|fraction|percentage)(?![\p{L}])/iu;
const N_EQUALS = /\([ \u00A0]*[Nn][ \u00A0]*=[ \u00A0]*$/u;

/**
 * "The attacks of 2024 — all 544 of them — left …", "fatalities, all 1,900 of them, were …":
 * "all N of them" restates the count of the term named last before it in its sentence. That
 * term's part ("suicide attacks — all 26 of them", "attacks on Chinese nationals, all six of
 * them") is that part's count.
 */
function allOfThem(ctx: BlockContext, claim: Claim, kind: ValueKind, sentenceStart: number, names: Names): MeasureResult | undefined {
  if (kind !== 'count') return undefined;
  const text = ctx.block.text;
  const phraseStart = phraseStartOf(ctx, claim);
  const end = phraseEndOf(ctx, claim);
  if (!ALL_BEFORE.test(text.slice(Math.max(sentenceStart, phraseStart - 8), claim.textStart)) || !OF_THEM_AFTER.test(text.slice(end, end + 20))) return undefined;
  let at = -1;
  ctx.hits.forEach((h, k) => {
    if (h.start >= sentenceStart && h.end <= phraseStart) at = k;
  });
  if (at < 0) return undefined;
  const hit = ctx.hits[at]!;
  const modifier = ctx.words[hit.first - 1];
  if (modifier && modifier.start >= sentenceStart && namesSubgroup(modifier.lower)) return { reason: `“all … of them” counts the ${modifier.lower} ${text.slice(hit.start, hit.end)}, a part of the measure` };
  const part = partAfterTerm(ctx, hit.end, names);
  return part ? { reason: part } : linkTo(ctx, at, kind, 'pronoun');
}

const ALL_BEFORE = /(?<![\p{L}])all[ \u00A0]+$/iu;
const OF_THEM_AFTER = /^[ \u00A0]+of[ \u00A0]+(?:them|these|those)[ \u00A0]*(?:[—–,;:.)]|-[ \u00A0]|$)/u;

/** The term a link is made by, when it measures a fact of the kind. */
function linkTo(ctx: BlockContext, hitIndex: number, kind: ValueKind, how: 'before' | 'after' | 'pronoun'): MeasureResult | undefined {
  const hit = ctx.hits[hitIndex]!;
  const facts = hit.facts.filter((f) => f.value?.kind === kind);
  return facts.length > 0 ? { link: { facts, how, certain: true, term: ctx.block.text.slice(hit.start, hit.end), stems: hit.stems } } : undefined;
}

/**
 * "- **444** — terrorist attacks in Pakistan in 2024", "- **99%** — share of attacks in KP": a
 * figure alone at the start of its item (or after a short label: "Stat of the day: *1,300* —
 * lives lost"), then a dash or colon, is the value of the term the description opens with. A description opening with another word ("— the year the Taliban
 * returned") says nothing here; one naming a part of the measure ("— attacks on Chinese
 * nationals") is that part's.
 */
function listItemDescription(ctx: BlockContext, claim: Claim, kind: ValueKind, names: Names): MeasureResult | undefined {
  const text = ctx.block.text;
  const phraseStart = phraseStartOf(ctx, claim);
  if (!/^[ \u00A0*_]*$/.test(text.slice(0, phraseStart)) && !LABEL_COLON.test(text.slice(0, phraseStart))) return undefined;
  let end = phraseEndOf(ctx, claim);
  end += PERCENT_UNIT.exec(text.slice(end, end + 12))?.[0].length ?? 0;
  const label = LABEL_DASH.exec(text.slice(end, end + 12));
  if (!label) return undefined;
  const at = ctx.hits.findIndex((h) => h.start === end + label[0].length);
  if (at < 0) return undefined;
  // "- **6** — attacks on Chinese nationals": a part of the measure, as after any count.
  const part = kind === 'count' ? partAfterTerm(ctx, ctx.hits[at]!.end, names) : undefined;
  return part ? { reason: part } : linkTo(ctx, at, kind, 'after');
}

/**
 * "- Terrorist attacks nationwide, 2024: 480 (CRSS)": an item opening with a term, at most two
 * lower-case words after it (no place names), then a year and a colon before the figure, is the
 * value of that term; "nationwide" between them is no other measure.
 */
function yearLabelledItem(ctx: BlockContext, claim: Claim, kind: ValueKind, names: Names): MeasureResult | undefined {
  if (ctx.block.kind !== 'listItem') return undefined;
  const text = ctx.block.text;
  const at = ctx.hits.findIndex((h) => /^[ \u00A0*_]*$/.test(text.slice(0, h.start)));
  if (at < 0) return undefined;
  const phraseStart = phraseStartOf(ctx, claim);
  if (!YEAR_LABEL_TAIL.test(text.slice(ctx.hits[at]!.end, phraseStart))) return undefined;
  const part = kind === 'count' ? partAfterTerm(ctx, ctx.hits[at]!.end, names) : undefined;
  return part ? { reason: part } : linkTo(ctx, at, kind, 'after');
}

/** A short label and its colon before the figure, opening the block: "Stat of the day: *1,300* — lives lost". */
const LABEL_COLON = /^[ \u00A0*_]*\p{Lu}[^.!?:\n]{0,40}:[ \u00A0*_]*$/u;
const YEAR_LABEL_TAIL = /^(?:[ \u00A0]+\p{Ll}+){0,2},?[ \u00A0]+(?:in[ \u00A0]+)?(?:19|20)\d\d[*_]*[ \u00A0]*:[ \u00A0*_]*$/u;
// An article may open the description: "65% — the share of 2024's attacks that hit KP".
const LABEL_DASH = /^[*_]*[ \u00A0]*(?:[—–:]|-(?=[ \u00A0]))[ \u00A0]*(?:(?:the|an?)[ \u00A0]+)?/u;

/**
 * "CRSS counted 1,162 killed and 444 attacks, with 59% in Balochistan and KP"; "454 terrorist
 * attacks in 2024 and a 90% share of them for Balochistan and KP": a share joined by ", with" or
 * "a N% share of them" to a count before it in its sentence, whose own words say only where
 * it fell, is those places' share of the last counted term; so is "…, with Balochistan and KP
 * accounting for 95% of them", the places its subject. A share of anything else ("with
 * 60% of them claimed by the TTP", "a 40% share of them" without places) is left to the others.
 */
function placedShareOfCount(ctx: BlockContext, claim: Claim, kind: ValueKind, sentenceStart: number, sentenceEnd: number, names: Names): MeasureResult | undefined {
  if (kind !== 'percent') return undefined;
  const text = ctx.block.text;
  const phraseStart = phraseStartOf(ctx, claim);
  let end = phraseEndOf(ctx, claim);
  end += PERCENT_UNIT.exec(text.slice(end, end + 12))?.[0].length ?? 0;
  const before = text.slice(sentenceStart, phraseStart);
  const after = text.slice(end, sentenceEnd);
  const isPlace = (m: { actorId: string }) => PLACE_KINDS.has(names.kindOf(m.actorId) ?? '');
  // ", with Balochistan and KP accounting for 95% of them": the places are the share's subject.
  const subject = PLACES_SHARE_BEFORE.exec(before);
  if (subject && OF_THEM.test(after)) {
    const from = sentenceStart + subject.index;
    const to = from + subject[0].length;
    if (!names.mentionsOf(ctx.index).some((m) => textIndex(ctx.block, m.start) > from && textIndex(ctx.block, m.start) < to && isPlace(m))) return undefined;
  } else {
    const joined = WITH_BEFORE.test(before) ? PLACED_AFTER.exec(after) : A_BEFORE.test(before) ? SHARE_OF_THEM_PLACED.exec(after) : null;
    if (!joined) return undefined;
    const placeAt = end + joined[0].length;
    if (!names.mentionsOf(ctx.index).some((m) => textIndex(ctx.block, m.start) === placeAt && isPlace(m))) return undefined;
  }
  // The last term right after a count, in the clause before the share.
  let counted = -1;
  ctx.hits.forEach((h, k) => {
    if (h.start >= sentenceStart && h.end <= phraseStart && COUNT_BEFORE.test(text.slice(Math.max(sentenceStart, h.start - 20), h.start))) counted = k;
  });
  return counted < 0 ? undefined : linkTo(ctx, counted, kind, 'pronoun');
}

const PLACES_SHARE_BEFORE = /,[ \u00A0]*(?:with|and|while)[ \u00A0]+[^,;:]{1,60}?[ \u00A0]+(?:accounting[ \u00A0]+for|accounted[ \u00A0]+for|making[ \u00A0]+up|made[ \u00A0]+up|representing|represented)[ \u00A0]+(?:(?:about|around|roughly|some|nearly|almost|over|just[ \u00A0]+over)[ \u00A0]+)?$/u;
const OF_THEM = /^[ \u00A0]+of[ \u00A0]+(?:them|these|those)(?![\p{L}])/u;
const WITH_BEFORE = /,[ \u00A0]*with[ \u00A0]+(?:(?:about|around|roughly|some|nearly|almost|over|just[ \u00A0]+over)[ \u00A0]+)?$/u;
const A_BEFORE = /(?<![\p{L}])an?[ \u00A0]+$/u;
const PLACED_AFTER = /^[ \u00A0]+(?:of[ \u00A0]+(?:them|these|those)[ \u00A0]+)?(?:in|across)[ \u00A0]+(?:the[ \u00A0]+)?(?=\p{Lu})/u;
const SHARE_OF_THEM_PLACED = /^[ \u00A0]+share[ \u00A0]+of[ \u00A0]+(?:them|these|those)[ \u00A0]+(?:for|in|across)[ \u00A0]+(?:the[ \u00A0]+)?(?=\p{Lu})/u;
const COUNT_BEFORE = /(?<![\p{L}\p{N}])\d[\d,.]*[ \u00A0]+$/u;
