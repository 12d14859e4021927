/**
 * The hover on a checked figure or date: the fact it was compared with and the verdict, or
 * why it was not compared, so a writer can see what the checker understood.
 */
import type { CheckKnowledge } from './factIndex';
import { referenceText, valueText } from './describe';
import type { CheckedClaim, Verdict } from './model';

const VERDICT: Record<Verdict, string> = {
  agrees: '✓ **agrees** with the source',
  contradicts: '✗ **contradicts** the source',
  uncertain: '? **differs** from the source, but the link is uncertain',
};

export function describeCheckedClaim(checked: CheckedClaim, knowledge: CheckKnowledge): string {
  const { claim, fact } = checked;
  const written = `\`${claim.written.replace(/`/g, "'")}\``;
  if (!fact) return [`**${written}**: not compared with the fact base.`, '', capitalise(checked.reason)].join('\n');
  if (!checked.verdict) {
    const source = `${fact.measure}: ${valueText(fact)}${fact.scope.year !== undefined ? ` in ${fact.scope.year}` : ''}`;
    return [`**${written}**: not compared with the source's ${source}.`, '', capitalise(checked.reason), '', `*${referenceText(fact, knowledge)}*`].join('\n');
  }
  const lines = [
    `**${written}** — ${VERDICT[checked.verdict]}.`,
    '',
    `Source: ${valueText(fact)} — ${fact.measure}${fact.scope.year !== undefined ? `, ${fact.scope.year}` : ''}`,
    '',
    `> ${fact.statement}`,
    '',
    `*${referenceText(fact, knowledge)}*`,
    '',
    capitalise(checked.reason),
  ];
  return lines.join('\n');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
