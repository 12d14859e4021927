/**
 * A figure in a series over years ("rose from roughly 90% in 2023 to 95% in 2024") compared
 * with a fact whose source gives no year. The fact can be about one period only: when
 * another figure of the series, in another year, agrees with the fact, that figure is the
 * source's and the others are about other periods, so they are not compared.
 */
import type { Claim } from '../claims/model';
import type { Fact } from '../factbase/model';
import { sentenceAt, type BlockContext, type DocumentContext } from './context';
import { judge } from './judge';
import { yearScope, type YearScope } from './scope';

export function otherPeriodOfSeries(dc: DocumentContext, ctx: BlockContext, claim: Claim, fact: Fact, years: YearScope | undefined): string | undefined {
  if (fact.scope.year !== undefined || years?.kind !== 'year' || years.years.length !== 1) return undefined;
  const [s, e] = sentenceAt(ctx, claim.textStart);
  for (const other of ctx.claims) {
    if (other === claim || other.kind !== claim.kind || other.textStart < s || other.textStart >= e) continue;
    const theirs = yearScope(dc, ctx, other);
    if (theirs.kind !== 'year' || theirs.years.length !== 1 || theirs.years[0] === years.years[0]) continue;
    if (judge(other, fact) === 'agrees') return `the figure is about ${years.years[0]}; the source's figure is the series' value for ${theirs.years[0]}`;
  }
  return undefined;
}
