/**
 * A figure in a series over years ("rose from roughly 90% in 2023 to 95% in 2024", or a table
 * row with a column per year) compared
 * with a fact whose source gives no year. The fact can be about one period only: when
 * another figure of the series, in another year, agrees with the fact, that figure is the
 * source's and the others are about other periods, so they are not compared. Only a figure in
 * the source's own time (the year it was written or the one before) can be the source's.
 */
import type { Claim } from '../claims/model';
import type { Fact } from '../factbase/model';
import { sentenceAt, type BlockContext, type DocumentContext } from './context';
import { judge } from './judge';
import { yearConflict, yearScope, type YearScope } from './scope';

export function otherPeriodOfSeries(dc: DocumentContext, ctx: BlockContext, claim: Claim, fact: Fact, years: YearScope | undefined, sourceDate?: string): string | undefined {
  if (fact.scope.year !== undefined || years?.kind !== 'year' || years.years.length !== 1) return undefined;
  const [s, e] = sentenceAt(ctx, claim.textStart);
  const inSentence = ctx.claims.filter((c) => c.textStart >= s && c.textStart < e).map((c) => ({ c, ctx }));
  // "| Share of attacks in Balochistan and KP | 90% | 95% |" under "| | 2023 | 2024 |": a table row is a series too.
  const inRow = (dc.cell(ctx.index)?.row ?? []).flatMap((b) => dc.block(b).claims.map((c) => ({ c, ctx: dc.block(b) })));
  for (const { c: other, ctx: where } of [...inSentence, ...inRow]) {
    if (other === claim || other.kind !== claim.kind) continue;
    const theirs = yearScope(dc, where, other);
    if (theirs.kind !== 'year' || theirs.years.length !== 1 || theirs.years[0] === years.years[0]) continue;
    // "88% of attacks in 2024, against 95% in 2023" from a source written in 2025: 2023 is not
    // the source's own time, so the agreeing 95% is a coincidence and 2024's 88% is compared.
    if (yearConflict(fact, { kind: 'year', years: theirs.years, from: theirs.from }, sourceDate)) continue;
    if (judge(other, fact) === 'agrees') return `the figure is about ${years.years[0]}; the source's figure is the series' value for ${theirs.years[0]}`;
  }
  return undefined;
}
