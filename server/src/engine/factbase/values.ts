/**
 * A fact's value as a brief would write it: "over 1,612", "95%", "24 December 2024". One
 * formatter for hovers, messages, quick fixes, the skeleton and completions, so they never
 * disagree on how the source's figure reads.
 */
import type { FactValue, Qualifier } from './model';

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** How the source's hedge reads before its figure; `exactly` is the bare figure. */
const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exactly: '',
  over: 'over ',
  'at-least': 'at least ',
  under: 'under ',
  'at-most': 'at most ',
  about: 'about ',
  nearly: 'nearly ',
};

/** The hedge words with their trailing space ("over "), or "" for an exact figure. */
export function qualifierWords(q: Qualifier): string {
  return QUALIFIER_WORDS[q];
}

/** 1612 → "1,612"; 95.5 → "95.5". (Not toLocaleString: it is slow enough to dominate a big brief.) */
export function formatNumber(v: number): string {
  const [int, frac] = String(Math.round(v * 100) / 100).split('.') as [string, string?];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

/**
 * An ISO date as precise as it is written: "24 December 2024" (`day-month`, British, for
 * tables and hovers) or "December 24, 2024" (`month-day`, for messages), "December 2024", "2024".
 */
export function formatDate(iso: string, order: 'day-month' | 'month-day' = 'day-month'): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number?, number?];
  const monthName = month ? MONTHS[month - 1] : undefined;
  if (!monthName) return String(year);
  if (!day) return `${monthName} ${year}`;
  return order === 'day-month' ? `${day} ${monthName} ${year}` : `${monthName} ${day}, ${year}`;
}

/** The value with the source's hedge: "over 1,612", "95%", "24 December 2024". */
export function formatValue(value: FactValue, qualifier: Qualifier, order: 'day-month' | 'month-day' = 'day-month'): string {
  const figure =
    value.kind === 'count' ? formatNumber(value.value) : value.kind === 'percent' ? `${formatNumber(value.value)}%` : formatDate(value.date, order);
  return qualifierWords(qualifier) + figure;
}
