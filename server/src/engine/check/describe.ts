/**
 * A fact's value in words, for messages and hovers: "over 1,612 fatalities from terrorist
 * attacks in Pakistan in 2024", "Pakistani airstrikes on TTP hideouts in Afghanistan to
 * December 24, 2024", and where it comes from: "according to CRSS; Ali, Stratheia (2025), ¶7".
 */
import type { Fact, FactValue, Qualifier } from '../factbase/model';
import type { CheckKnowledge } from './factIndex';

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exactly: '',
  over: 'over ',
  'at-least': 'at least ',
  under: 'under ',
  'at-most': 'at most ',
  about: 'about ',
  nearly: 'nearly ',
};

export function qualifierWords(q: Qualifier): string {
  return QUALIFIER_WORDS[q];
}

/** 1612 → "1,612"; 95.5 → "95.5". (Not toLocaleString: it is slow enough to dominate a big brief.) */
export function formatNumber(v: number): string {
  const [int, frac] = String(Math.round(v * 100) / 100).split('.') as [string, string?];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

export function formatDate(value: Extract<FactValue, { kind: 'date' }>): string {
  const [y, m, d] = value.date.split('-').map(Number);
  if (m === undefined) return String(y);
  if (d === undefined) return `${MONTHS[m - 1]} ${y}`;
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** The value with the source's qualifier: "over 1,612", "95%", "December 24, 2024". */
export function valueText(fact: Fact): string {
  const v = fact.value;
  if (!v) return '';
  if (v.kind === 'date') return formatDate(v);
  const n = formatNumber(v.value);
  return `${qualifierWords(fact.qualifier)}${v.kind === 'percent' ? `${n}%` : n}`;
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
  if (v?.kind === 'date') return `${fact.measure} to ${formatDate(v)}`;
  if (v?.kind === 'percent') return `${valueText(fact)} as the ${fact.measure}${scopeText(fact, knowledge)}`;
  return `${valueText(fact)} ${fact.measure}${scopeText(fact, knowledge)}`;
}

/** "according to CRSS; Ali, Stratheia (2025), ¶7". */
export function referenceText(fact: Fact, knowledge: CheckKnowledge): string {
  const cite = knowledge.cite({ source: fact.source, paragraph: fact.paragraph });
  return fact.attribution ? `${fact.attribution.text}; ${cite}` : cite;
}
