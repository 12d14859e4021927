/**
 * A fact's value in words, for messages and hovers: "over 1,612 fatalities from terrorist
 * attacks in Pakistan in 2024", "Pakistani airstrikes on TTP hideouts in Afghanistan to
 * December 24, 2024", and where it comes from: "according to CRSS; Ali, Stratheia (2025), ¶7".
 */
import type { Fact } from '../factbase/model';
import { formatDate, formatValue } from '../factbase/values';
import type { CheckKnowledge } from './factIndex';

/** The value with the source's qualifier: "over 1,612", "95%", "December 24, 2024". */
export function valueText(fact: Fact): string {
  return fact.value ? formatValue(fact.value, fact.qualifier, 'month-day') : '';
}

function scopeText(fact: Fact, knowledge: CheckKnowledge): string {
  const places = fact.scope.places
    .map((id) => knowledge.actor(id)?.name ?? id)
    .filter((name) => !fact.measure.includes(name));
  const where = places.length > 0 ? ` in ${places.join(' and ')}` : '';
  return `${where}${fact.scope.year !== undefined ? ` in ${fact.scope.year}` : ''}`;
}

/** What the source says, for messages: the value, the measure and the scope. */
export function expectedText(fact: Fact, knowledge: CheckKnowledge): string {
  const v = fact.value;
  if (v?.kind === 'date') return `${fact.measure} to ${formatDate(v.date, 'month-day')}`;
  if (v?.kind === 'percent') return `${valueText(fact)} as the ${fact.measure}${scopeText(fact, knowledge)}`;
  return `${valueText(fact)} ${fact.measure}${scopeText(fact, knowledge)}`;
}

/** "according to CRSS; Ali, Stratheia (2025), ¶7". */
export function referenceText(fact: Fact, knowledge: CheckKnowledge): string {
  const cite = knowledge.cite({ source: fact.source, paragraph: fact.paragraph });
  return fact.attribution ? `${fact.attribution.text}; ${cite}` : cite;
}
