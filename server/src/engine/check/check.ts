/**
 * The fact checker: links each claim to the facts its prose says it is about (govern.ts for
 * counts and percents, events.ts for dates), drops facts whose scope the prose rules out
 * (scope.ts), judges the claim against what is left (judge.ts) and reports contradictions.
 * Two readings change what is judged: figures of a sentence that trade values with each other
 * are mismatches whatever their hedges (swaps.ts), and a share outside a fact's places is
 * judged as its complement (complement.ts).
 *
 * Only a certain link to a comparable fact, with a figure the writer asserts in their own
 * voice, gives a Warning. An uncertain link or a figure attributed to someone else gives
 * information at most; a figure the writer rejects ("not 1,700") gives nothing.
 *
 * Pure and linear: the fact index is built once per Knowledge, each block with claims is read
 * once, and each claim looks only at its own sentence.
 */
import type { ActorMention } from '../actors/model';
import type { Claim } from '../claims/model';
import type { Fact } from '../factbase/model';
import type { ProseDocument } from '../markdown/model';
import { DocumentContext, memo, phraseStartOf, sentenceAt, textIndex, type BlockContext } from './context';
import { expectedText, referenceText, valueText } from './describe';
import { linkEvents, linkEventInTable, type EventResult } from './events';
import { factIndex, valueKindOf, type CheckKnowledge } from './factIndex';
import { linkMeasure, type MeasureLink } from './govern';
import { judge } from './judge';
import { onlyName, SOURCE_KINDS, type Names } from './part';
import type { CheckedClaim, Finding, Severity, Verdict } from './model';
import { complementClaim, complementFact, outsideAll, partitionUnnamed } from './complement';
import { CHECKS, formatMessage, severityFor, type CheckId } from './registry';
import { replacementFor } from './replacement';
import { otherPeriodOfSeries } from './series';
import { addRowPlaces, placeScope } from './places';
import { CLAUSE_BREAK, placeConflict, yearConflict, yearScope } from './scope';
import { comparedLink } from './compared';
import { parallelLink, respectiveLink } from './respectively';
import { swappedFigures, type Swap } from './swaps';
import { attributionLabel, attributionMatches, attributionOf, citesSourceAuthority, closingSource, CORRECT_VALUE, misstatedBefore, ownVoice, rejectedAllBack, rejectedByNext, rejects, withdrawnAfter } from './voice';
import { unasserted } from './mood';
import { presupposedDate } from './presupposed';
import { linkReplacingDates } from './replacingDate';
import { firstIndexWhere } from '../sorted';

export interface CheckInput {
  doc: ProseDocument;
  claims: Claim[];
  mentions: ActorMention[];
  knowledge: CheckKnowledge;
  severities?: Record<string, Severity>;
}

/**
 * Terms naming a superset of their fact's measure: "casualties" counts the injured with the
 * dead, so a casualty figure contradicts "over 1,612 fatalities" only when it is lower.
 */
const SUPERSET_TERMS = new Set(['casualty']);

const MISMATCH: Record<Claim['kind'], CheckId> = {
  count: 'figure-mismatch',
  percent: 'percent-mismatch',
  date: 'date-mismatch',
  year: 'year-mismatch',
};

export function checkClaims(input: CheckInput): { findings: Finding[]; checked: CheckedClaim[] } {
  return checkClaimsIn(input, 0, input.doc.blocks.length);
}

/**
 * Checks claims of `doc.blocks[from, to)` only (`input` holds the range's claims and
 * mentions). A claim's decision reads its block, its heading and its table's cells, so a
 * range that holds whole tables is checked exactly as in the whole document.
 */
export function checkClaimsIn(input: CheckInput, from: number, to: number): { findings: Finding[]; checked: CheckedClaim[] } {
  const { doc, knowledge } = input;
  const byBlock = groupBy(input.claims, (c) => c.block);
  for (const list of byBlock.values()) list.sort((a, b) => a.textStart - b.textStart);
  const mentionsByBlock = groupBy(input.mentions, (m) => m.block);
  const dc = new DocumentContext(doc, factIndex(knowledge), byBlock, from, to);
  const names: Names = { mentionsOf: (b) => mentionsByBlock.get(b) ?? [], kindOf: (id) => knowledge.actor(id)?.kind };
  const mentionsOf = (b: number) => mentionsByBlock.get(b) ?? [];
  const compared: Compared[] = [];
  const checked: CheckedClaim[] = [];
  for (const blockIndex of [...byBlock.keys()].sort((a, b) => a - b)) {
    if (blockIndex < from || blockIndex >= to) continue;
    const ctx = dc.block(blockIndex);
    const events = linkEvents(ctx, mentionsByBlock.get(blockIndex) ?? [], knowledge);
    linkReplacingDates(ctx, events);
    const links = new Map(ctx.claims.map((claim) => [claim, linkOf(dc, ctx, claim, events, names)]));
    const swapped = swappedFigures(ctx, links);
    for (const [claim, link] of links) {
      if ('reason' in link) {
        checked.push({ claim, reason: link.reason });
        continue;
      }
      const entry: Compared = { ctx, link: link.link, swapped: swapped.get(claim), outcome: compare(dc, ctx, claim, link.link, swapped.get(claim), mentionsOf, input) };
      compared.push(entry);
      checked.push(entry.outcome.checked);
    }
  }
  const findings: Finding[] = [];
  for (const entry of compared) {
    const { claim } = entry.outcome.checked;
    const quantity = claim.kind === 'count' || claim.kind === 'percent';
    // A share read as its complement is about the fact's places from outside, not another thing.
    const doubt = quantity && !entry.outcome.outside && entry.outcome.finding?.check === MISMATCH[claim.kind] ? givenElsewhere(dc, entry, compared, knowledge) : undefined;
    const outcome = doubt ? compare(dc, entry.ctx, claim, entry.link, entry.swapped, mentionsOf, input, doubt) : entry.outcome;
    if (doubt) checked[checked.indexOf(entry.outcome.checked)] = outcome.checked;
    if (outcome.finding) findings.push(outcome.finding);
  }
  findings.sort((a, b) => a.start - b.start);
  return { findings, checked };
}

/** A claim linked to facts and compared, with what it was compared from. */
interface Compared {
  ctx: BlockContext;
  link: MeasureLink;
  swapped: Swap | undefined;
  outcome: Outcome;
}

/**
 * Why a contradicted count or share is in doubt although its link is certain: the writer gives the
 * fact's own value elsewhere in the same sentence, or in the same column or row of the same
 * table ("| 2024 | 444 |" above "| Total | 750 |"; "| CRSS | 444 |" above "| PIPS | 521 |").
 * The writer evidently knows the fact's value, so another figure linked to the same fact there
 * is more likely about something the link did not see (a total, a sub-period, another source)
 * than a slip: it is compared, but with an uncertain link. Not dates: one sentence often dates
 * several events, and which event a date is linked to is itself the doubt.
 */
function givenElsewhere(dc: DocumentContext, entry: Compared, compared: readonly Compared[], knowledge: CheckKnowledge): string | undefined {
  const { claim, fact } = entry.outcome.checked;
  const cell = dc.cell(entry.ctx.index);
  const [s] = sentenceAt(entry.ctx, claim.textStart);
  for (const other of compared) {
    const o = other.outcome.checked;
    if (o === entry.outcome.checked || o.verdict !== 'agrees' || o.fact !== fact) continue;
    if (o.claim.block === claim.block && sentenceAt(other.ctx, o.claim.textStart)[0] === s && !correctsBefore(entry.ctx.block.text.slice(s, claim.textStart)) && !otherSourceGives(entry, o.claim, s, knowledge)) return 'its sentence gives the fact’s own value in another figure';
    const otherCell = cell && dc.cell(o.claim.block);
    if (!otherCell) continue;
    if (cell.header !== undefined && otherCell.header === cell.header) return 'another cell of its column gives the fact’s own value';
    if (cell.above[1] === otherCell.above[1]) return 'another cell of its row gives the fact’s own value';
  }
  return undefined;
}

/**
 * "ACLED recorded over 1,612 fatalities, well above the CRSS figure of 1,400": the fact's own
 * value is another source's there, and the figure the writer gives the fact's own source is
 * no figure about something else, but that source's misquoted.
 */
function otherSourceGives(entry: Compared, other: Claim, s: number, knowledge: CheckKnowledge): boolean {
  const { claim, fact } = entry.outcome.checked;
  if (!fact) return false;
  const text = entry.ctx.block.text;
  const own = attributionOf(claim, text.slice(s, claim.textStart));
  const theirs = attributionOf(other, text.slice(s, other.textStart));
  const namesOwnSource = (a: string) => attributionMatches(a, fact, knowledge) || citesSourceAuthority(a, fact, knowledge);
  return own !== undefined && theirs !== undefined && namesOwnSource(own) && !namesOwnSource(theirs) && !ownVoice(theirs, knowledge);
}

/**
 * "Rather than the 444 attacks CRSS reported, the true number … was 600": a figure the writer
 * puts forward, in its own clause, as the true value against the one given before it is a
 * correction, no figure about something else.
 */
function correctsBefore(before: string): boolean {
  const lastBreak = [...before.matchAll(/,(?!\d)|[;:—–]/g)].at(-1)?.index ?? -1;
  return CORRECTION.test(before.slice(lastBreak + 1));
}

/** voice.ts's correcting words ("the true number"), read here in the figure's own clause. */
const CORRECTION = new RegExp(`(?<![\\p{L}])${CORRECT_VALUE}`, 'iu');

function linkOf(dc: DocumentContext, ctx: BlockContext, claim: Claim, events: Map<Claim, EventResult>, names: Names): EventResult {
  if (claim.kind === 'date' || claim.kind === 'year') {
    const inBlock = events.get(claim);
    if (inBlock && 'link' in inBlock) return inBlock;
    return linkEventInTable(dc, ctx, claim, names.mentionsOf) ?? inBlock ?? { reason: 'no event term governs this date' };
  }
  const kind = valueKindOf(claim.kind);
  const linked = respectiveLink(ctx, claim, kind) ?? linkMeasure(dc, ctx, claim, kind, names);
  return 'link' in linked && linked.link.how === 'sentence' && !linked.link.certain ? parallelLink(ctx, claim, kind) ?? comparedLink(ctx, claim, kind) ?? linked : linked;
}

interface Outcome {
  checked: CheckedClaim;
  finding?: Finding;
  /** The figure was judged as the complement of a share outside the fact's places. */
  outside?: boolean;
}

/**
 * `swapped`: the sentence gives this figure another measure's value and that measure its own
 * (swaps.ts), asserted or rejected as a pair. `doubt`: why the link is uncertain although the
 * prose made it (givenElsewhere).
 */
function compare(dc: DocumentContext, ctx: BlockContext, claim: Claim, link: MeasureLink, swapped: Swap | undefined, mentionsOf: (block: number) => readonly ActorMention[], input: CheckInput, doubt?: string): Outcome {
  const { knowledge } = input;
  const years = claim.kind === 'count' || claim.kind === 'percent' ? yearScope(dc, ctx, claim) : undefined;
  // Figures of other years are common and their places cost more to read than their years.
  const yearConflicts = link.facts.map((fact) => yearConflict(fact, years, sourceDateOf(fact, knowledge)));
  if (yearConflicts.length > 0 && yearConflicts.every((conflict) => conflict !== undefined)) {
    return { checked: { claim, fact: link.facts[0], reason: `not compared: ${yearConflicts[0]}` } };
  }
  const places = placeScope(ctx, claim, mentionsOf(ctx.index), knowledge);
  addRowPlaces(places, dc, ctx.index, mentionsOf, knowledge);
  const conflicts = link.facts.map((fact, i) => ({ fact, conflict: yearConflicts[i] ?? placeConflict(fact, places) ?? otherPeriodOfSeries(dc, ctx, claim, fact, years, sourceDateOf(fact, knowledge)) }));
  const comparable = conflicts.filter((c) => c.conflict === undefined).map((c) => c.fact);
  if (comparable.length === 0) {
    return { checked: { claim, fact: link.facts[0], reason: `not compared: ${conflicts[0]?.conflict ?? 'no fact of this kind'}` } };
  }
  const lowerBoundOnly = link.stems.some((s) => SUPERSET_TERMS.has(s));
  const verdicts = comparable.map((fact): { fact: Fact; verdict: Verdict; outside: boolean } => {
    const outside = outsideAll(claim, fact, places);
    const verdict = swapped ? 'contradicts' : judge(outside ? complementClaim(claim) : claim, fact, lowerBoundOnly);
    return { fact, verdict, outside };
  });
  const agreeing = verdicts.find((v) => v.verdict === 'agrees');
  // Facts of different years and no year in the prose: which one is meant is a guess.
  const yearsDiffer = new Set(comparable.map((f) => f.scope.year)).size > 1 && years?.kind === 'none';
  const { fact, verdict, outside } = agreeing ?? verdicts[0]!;
  // "Half of the attacks targeted security forces": a share of another cut of the same whole.
  const unnamed = doubt ?? (verdict === 'agrees' || claim.kind !== 'percent' ? undefined : partitionUnnamed(claim, fact, places, ...partitionWords(dc, ctx, claim, mentionsOf)));
  const certain = link.certain && !yearsDiffer && unnamed === undefined;
  const note = swapped ? '; its figure and another measure’s are swapped' : outside ? '; a share outside the source’s places, read as its complement' : '';
  const how = `linked by “${link.term}” (${describeHow(link)})${note}${unnamed ? `; uncertain: ${unnamed}` : ''}`;
  const base: CheckedClaim = { claim, fact, verdict: certain ? verdict : 'uncertain', reason: how };
  if (verdict === 'agrees') return { checked: base };
  const [s, e] = sentenceAt(ctx, claim.textStart);
  if (claim.negated || swapped === 'rejected' || rejected(ctx, claim, s, e)) return { checked: { ...base, reason: `${how}; the writer rejects this figure or does not assert it` } };

  const before = ctx.block.text.slice(s, claim.textStart);
  const after = ctx.block.text.slice(claim.textEnd, e);
  // "said the December 25 strikes targeted camps": the date names the event, in the writer's voice.
  const read = presupposedDate(claim, before, after) ? undefined : attributionOf(claim, before);
  const namesOwnSource = (a: string) => attributionMatches(a, fact, knowledge) || citesSourceAuthority(a, fact, knowledge);
  // "NACTA data indicate … 544 incidents, according to CRSS": the fact's own source, named for
  // the whole report, is the one the writer says gives the figure.
  const closing = read === undefined ? undefined : closingSource(after);
  const attribution = (closing && namesOwnSource(closing) ? closing : undefined) ?? (read && publisherNamedBefore(read, dc, ctx, claim, mentionsOf, knowledge)) ?? read ?? rowSource(dc, ctx.index, claim, mentionsOf, knowledge) ?? columnSource(dc, ctx.index, mentionsOf, knowledge);
  const attributed = attribution !== undefined && !ownVoice(attribution, knowledge) && !namesOwnSource(attribution);
  const checkId: CheckId = attributed ? 'attributed-figure-differs' : certain ? MISMATCH[claim.kind] : 'uncertain-link';
  if (checkId === 'uncertain-link' && link.how === 'sentence') return { checked: base };
  const severity = severityFor(checkId, input.severities);
  if (severity === 'off') return { checked: base };
  const written = ctx.block.text.slice(claim.textStart, claim.textEnd);
  const actual = ctx.block.text.slice(textIndex(ctx.block, claim.phraseStart), textIndex(ctx.block, claim.phraseEnd));
  const message = formatMessage(CHECKS[checkId].message, {
    ...factWords(fact, knowledge),
    // A complement share is read as 100 minus what is written (claims/proportions.ts).
    actual: claim.complement ? `all but ${actual || written}` : actual || written,
    attribution: attribution === undefined ? '' : attributionLabel(attribution),
  });
  const replacement = checkId === MISMATCH[claim.kind] ? replacementFor(claim, outside ? complementFact(fact) : fact, written, actual) : undefined;
  const finding: Finding = {
    check: checkId,
    severity,
    start: claim.start,
    end: claim.end,
    message,
    claim,
    fact,
    verdict: certain ? 'contradicts' : 'uncertain',
    ...(replacement && { replacement: replacement.text, replacementStart: replacement.start, replacementEnd: replacement.end }),
  };
  return { checked: { ...base, verdict: finding.verdict }, finding, outside };
}

/**
 * "| PIPS | 521 | 1,166 |" labelled under a "Source" column, or a row labelled with a publisher of
 * figures ("| Center for Research and Security Studies | 444 |"): the row's figures are that
 * source's, as "according to PIPS" makes them in prose. The fact's own source is then judged
 * like the writer's voice (attributionMatches), so "| CRSS | 454 |" still gets a Warning.
 */
function rowSource(dc: DocumentContext, blockIndex: number, claim: Claim, mentionsOf: (block: number) => readonly ActorMention[], knowledge: CheckKnowledge): string | undefined {
  const cell = dc.cell(blockIndex);
  // The row's label (its first cell other than the figure) says whose figures they are. A
  // Source column after a label says so only when it names a publisher ("| Attacks, 2024 | 521
  // | PIPS |"); other words there are the writer citing where their own figure comes from
  // ("| Attacks, 2024 | 414 | Press reports |").
  const labelIndex = cell?.row[0];
  if (labelIndex === undefined) return undefined;
  const label = dc.doc.blocks[labelIndex]!;
  const header = dc.cell(labelIndex)?.header;
  if (header !== undefined && isSourceHeader(dc.doc.blocks[header]!.text)) return label.text.trim();
  const name = onlyName(label, mentionsOf(labelIndex));
  if (name && SOURCE_KINDS.has(knowledge.actor(name.actorId)?.kind ?? '')) return label.text.trim();
  // A date or year has no tally that differs from counter to counter: a source cited for it
  // ("| Date of the airstrikes | 26 December 2024 | ISPR |") says where the writer's date comes from.
  if (claim.kind === 'date' || claim.kind === 'year') return undefined;
  const sourceCell = cell!.row.find((b) => b !== labelIndex && b !== blockIndex && isSourceColumn(dc, b) && PUBLISHER_NAME.test(dc.doc.blocks[b]!.text.trim()));
  return sourceCell === undefined ? undefined : dc.doc.blocks[sourceCell]!.text.trim();
}

/**
 * A cell that is only a name, known to the fact base or not: capitalised words with their
 * joiners and a bracketed note ("PIPS", "Pakistan Institute for Peace Studies (2025)").
 */
const PUBLISHER_NAME = /^(?:the[ \u00A0]+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:[ \u00A0]+(?:(?:of|for|and|the|on|in|&)[ \u00A0]+)*\p{Lu}[\p{L}\p{N}&.'’-]*)*(?:[ \u00A0]*\([^()]*\))?$/u;

function isSourceColumn(dc: DocumentContext, blockIndex: number): boolean {
  const header = dc.cell(blockIndex)?.header;
  return header !== undefined && isSourceHeader(dc.doc.blocks[header]!.text);
}

/** Whether a header says its column names sources, with any bracketed note ("Source (2024)"). */
function isSourceHeader(text: string): boolean {
  return SOURCE_HEADER.test(text.replace(/\([^()]*\)/g, '').trim());
}

/**
 * "According to CRSS, 2024 was the deadliest year. The think tank counted 404 attacks": a
 * definite description of a publisher ("the think tank", "the research centre") is the last
 * publisher named before it, in its paragraph or the one before. Another one ("another think
 * tank") or a description with nobody named before stays a third party.
 */
function publisherNamedBefore(attribution: string, dc: DocumentContext, ctx: BlockContext, claim: Claim, mentionsOf: (block: number) => readonly ActorMention[], knowledge: CheckKnowledge): string | undefined {
  if (!PUBLISHER_DESCRIPTION.test(attribution.trim())) return undefined;
  const publisher = (m: ActorMention) => SOURCE_KINDS.has(knowledge.actor(m.actorId)?.kind ?? '');
  const inBlock = mentionsOf(ctx.index).filter((m) => publisher(m) && textIndex(ctx.block, m.end) <= claim.textStart);
  const last = inBlock[inBlock.length - 1] ?? (dc.inRange(ctx.index - 1) ? mentionsOf(ctx.index - 1).filter(publisher).pop() : undefined);
  return last && knowledge.actor(last.actorId)?.name;
}

const PUBLISHER_DESCRIPTION = /^the\s+(?:[\p{Ll}-]+\s+)?(?:think[\s-]tank|cent(?:re|er)|institute|research\s+(?:group|cent(?:re|er)|organi[sz]ation)|tracker|monitor)$/iu;

/**
 * What may name a share's partition (complement.ts): the places named in the figure's own
 * stretch of its sentence, between the quantities in other clauses before and after it (in "5%
 * in Sindh and Punjab, against 95% in the two western provinces" the two provinces are the
 * 95%'s), but not in an aside after it about some of its events ("the TTP carried out 70% of
 * attacks, most of them in KP"); the places its table row and column header name; and the
 * stretch's words.
 */
function partitionWords(dc: DocumentContext, ctx: BlockContext, claim: Claim, mentionsOf: (block: number) => readonly ActorMention[]): [Set<string>, string] {
  const text = ctx.block.text;
  let [from, to] = sentenceAt(ctx, claim.textStart);
  for (const c of ctx.claims) {
    if (c === claim || (c.kind !== 'count' && c.kind !== 'percent') || c.textStart < from || c.textStart >= to) continue;
    if (c.textEnd <= claim.textStart && CLAUSE_BREAK.test(text.slice(c.textEnd, claim.textStart))) from = Math.max(from, c.textEnd);
    else if (c.textStart >= claim.textEnd && CLAUSE_BREAK.test(text.slice(claim.textEnd, c.textStart))) to = Math.min(to, c.textStart);
  }
  // "Where three in four attacks take place", "the true share was 85%", "…took place there":
  // words pointing back to places or a share named before let the previous sentence's places count.
  if (POINTS_BACK.test(text.slice(from, claim.textStart)) || THERE_AFTER.test(text.slice(claim.textEnd, to))) {
    const [sentenceStart] = sentenceAt(ctx, claim.textStart);
    from = sentenceStart > 0 ? sentenceAt(ctx, sentenceStart - 1)[0] : sentenceStart;
  }
  const aside = PART_ASIDE.exec(text.slice(claim.textEnd, to));
  const asideFrom = aside ? claim.textEnd + aside.index : to;
  const named = new Set<string>();
  for (const m of mentionsOf(ctx.index)) {
    const at = textIndex(ctx.block, m.start);
    if (at >= from && at < to && !(at >= asideFrom && at < asideFrom + aside![0].length)) named.add(m.actorId);
  }
  const cell = dc.cell(ctx.index);
  if (cell) for (const b of cell.header === undefined ? cell.row : [...cell.row, cell.header]) for (const m of mentionsOf(b)) named.add(m.actorId);
  return [named, text.slice(from, to)];
}

/**
 * Words before a share pointing back to places or a share named before it: the relative
 * "where" (not a question's), "they" before a verb a place takes ("they saw", not "they carried
 * out"), a definite share noun with no whole of its own ("the true share", "that proportion",
 * not "the share of attacks targeting police").
 */
const POINTS_BACK = /(?<![\p{L}])(?:where(?![ \u00A0]+(?:do|does|did|is|are|was|were)(?![\p{L}]))|they[ \u00A0]+(?:(?:together|alone|also|jointly)[ \u00A0]+)?(?:saw|suffered|bore|witnessed|experienced|endured|absorbed|accounted[ \u00A0]+for|account[ \u00A0]+for)|(?:the|that|this|this[ \u00A0]+year's)[ \u00A0]+(?:[\p{Ll}-]+[ \u00A0]+)?(?:share|proportion|percentage)(?![ \u00A0]+of(?![\p{L}])))(?![\p{L}])/iu;
/** A share placed "there" or "here", in the places named before: "70% of attacks took place there", "with 99% of attacks concentrated there". */
const THERE_AFTER = /^[^,;:]*?(?:took[ \u00A0]+place|occurred|happened|were|was|fell|struck|concentrated|clustered|recorded|located|centred|centered)[ \u00A0]+(?:there|here)(?![\p{L}])/u;
/** An aside saying where some of a figure's events were: ", most of them in KP", ", mostly in Balochistan". */
const PART_ASIDE = /,[ \u00A0]*(?:many|most|some|several|mostly|largely|mainly|chiefly|including|half|a[ \u00A0]+third|nearly[ \u00A0]+all|almost[ \u00A0]+all)(?![\p{L}])[^,;:]*/u;

/**
 * "| Measure | CRSS (2024) | PIPS (2024) |": a column headed by a publisher of figures holds that
 * publisher's figures, and a value column beside it holds another body of figures ("PIPS",
 * "Alternative dataset (2024)"), whoever its header names. The fact's own source is judged like the writer's voice
 * (attributionMatches), so a wrong figure under "CRSS" still gets a Warning.
 */
function columnSource(dc: DocumentContext, blockIndex: number, mentionsOf: (block: number) => readonly ActorMention[], knowledge: CheckKnowledge): string | undefined {
  const header = dc.cell(blockIndex)?.header;
  if (header === undefined) return undefined;
  // Without its bracketed note: "PIPS (2024)" is PIPS's.
  const text = dc.doc.blocks[header]!.text.replace(/\([^()]*\)/g, '').trim();
  if (!text) return undefined;
  if (namesSource(dc, header, mentionsOf, knowledge)) return text;
  // Beside a publisher's column, another value column is another body of figures; the first
  // column holds the rows' labels.
  const place = dc.cell(header);
  const labels = place?.above[0];
  return (place?.row ?? []).some((other) => other !== labels && namesSource(dc, other, mentionsOf, knowledge)) ? text : undefined;
}

/** Whether a header cell is one publisher's name, with at most a bracketed note ("CRSS (2024)"). */
function namesSource(dc: DocumentContext, blockIndex: number, mentionsOf: (block: number) => readonly ActorMention[], knowledge: CheckKnowledge): boolean {
  const name = onlyName(dc.doc.blocks[blockIndex]!, mentionsOf(blockIndex), true);
  return name !== undefined && SOURCE_KINDS.has(knowledge.actor(name.actorId)?.kind ?? '');
}

/** A column header saying its cells name who counted the row's figures. */
const SOURCE_HEADER = /^(?:sources?|data[ \u00A0]+sources?|tracker|dataset|counted[ \u00A0]+by|according[ \u00A0]+to|estimate[ \u00A0]+by)$/iu;

/**
 * Whether the writer rejects the figure or does not assert it: its sentence calls a figure
 * false, the words after it withdraw it ("were later revised") or the words before it call it
 * misstated ("misdated … to"), its clause is a hypothesis, a projection or an anniversary
 * (mood.ts), or the next sentence points back at it as wrong ("; that figure was wrong").
 */
function rejected(ctx: BlockContext, claim: Claim, s: number, e: number): boolean {
  const text = ctx.block.text;
  if (memo(ctx, `rejects:${s}`, () => rejects(text.slice(s, e)))) return true;
  const phrase = phraseStartOf(ctx, claim);
  const counted = COUNT_OF.test(text.slice(s, phrase));
  if (withdrawnAfter(text.slice(claim.textEnd, e), counted) || misstatedBefore(text.slice(s, phrase))) return true;
  // A figure of a hypothetical clause, a projection or an anniversary is not asserted (mood.ts).
  if (unasserted(text.slice(s, e), phrase - s, claim.textEnd - s)) return true;
  return memo(ctx, `rejectedByNext:${s}`, () => {
    const i = firstIndexWhere(ctx.sentences, ([start]) => start >= e);
    const next = ctx.sentences[i];
    if (next === undefined) return false;
    if (rejectedByNext(text.slice(next[0], next[1]), text.slice(s, e))) return true;
    // "One outlet put the strikes on December 26; another said December 29. Both were wrong.":
    // a plural pointer reaches back across the semicolon to the clause before.
    const after = ctx.sentences[i + 1];
    return /;\s*$/.test(text.slice(s, e)) && after !== undefined && rejectedAllBack(text.slice(after[0], after[1]));
  });
}

/** A figure given as a count: "the CRSS count of", "the official tally of". */
const COUNT_OF = /(?<![\p{L}])(?:count|tally|figure|total)[ \u00A0]+of[ \u00A0]+$/u;

/** When the fact's source was written ("2025-01"), if the fact base says. */
function sourceDateOf(fact: Fact, knowledge: CheckKnowledge): string | undefined {
  return knowledge.source(fact.source)?.date;
}

const wordsCache = new WeakMap<Fact, Record<string, string>>();

/** The message words about a fact, computed once per fact: big briefs repeat the same facts. */
function factWords(fact: Fact, knowledge: CheckKnowledge): Record<string, string> {
  let cached = wordsCache.get(fact);
  if (!cached) {
    cached = { expected: expectedText(fact, knowledge), reference: referenceText(fact, knowledge), measure: fact.measure, value: valueText(fact) };
    wordsCache.set(fact, cached);
  }
  return cached;
}

function describeHow(link: MeasureLink): string {
  const how: Record<MeasureLink['how'], string> = {
    after: 'the words after the figure',
    before: 'the words before the figure',
    pronoun: 'a pronoun referring back to it',
    row: 'its table row',
    header: 'its table column',
    sentence: 'only elsewhere in the sentence',
  };
  return link.certain ? how[link.how] : `${how[link.how]}, uncertain`;
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const list = out.get(key(item));
    if (list) list.push(item);
    else out.set(key(item), [item]);
  }
  return out;
}
