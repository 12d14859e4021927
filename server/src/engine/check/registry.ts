/**
 * The checks the fact checker runs. Ids are stable: they are the diagnostics' `code`s and the
 * keys of the `policyBrief.severities` setting and of suppression comments.
 *
 * Message templates take `{expected}` (the source's value with its qualifier, measure and
 * scope: "over 1,612 fatalities from terrorist attacks in 2024"), `{reference}` (attribution
 * and citation: "according to CRSS; Ali, Stratheia (2025), ¶7"), `{value}` (the value alone:
 * "over 1,612"), `{measure}` (the fact's measure), `{actual}` (the writer's
 * phrase: "more than 1,700") and `{attribution}` (the writer's: "some outlets").
 */
import type { Severity } from './model';

export interface CheckInfo {
  id: string;
  title: string;
  defaultSeverity: Exclude<Severity, 'off'>;
  message: string;
}

export const CHECKS = {
  'figure-mismatch': {
    id: 'figure-mismatch',
    title: 'A count differs from the source',
    defaultSeverity: 'warning',
    message: 'The source has {expected} ({reference}); this says {actual}.',
  },
  'percent-mismatch': {
    id: 'percent-mismatch',
    title: 'A percentage differs from the source',
    defaultSeverity: 'warning',
    message: 'The source has {expected} ({reference}); this says {actual}.',
  },
  'date-mismatch': {
    id: 'date-mismatch',
    title: "A date differs from the source's date for the event",
    defaultSeverity: 'warning',
    message: 'The source dates {expected} ({reference}); this says {actual}.',
  },
  'year-mismatch': {
    id: 'year-mismatch',
    title: "A year differs from the source's year for the event",
    defaultSeverity: 'warning',
    message: 'The source dates {expected} ({reference}); this says {actual}.',
  },
  'uncertain-link': {
    id: 'uncertain-link',
    title: 'A figure may be about a fact it differs from',
    defaultSeverity: 'information',
    message: 'If this is about {measure}: the source has {value} ({reference}); this says {actual}.',
  },
  'attributed-figure-differs': {
    id: 'attributed-figure-differs',
    title: 'A figure attributed to someone else differs from the source',
    defaultSeverity: 'information',
    message: 'This figure is attributed to {attribution}; the source has {expected} ({reference}).',
  },
} as const satisfies Record<string, CheckInfo>;

export type CheckId = keyof typeof CHECKS;

export function isCheckId(id: string): id is CheckId {
  return Object.hasOwn(CHECKS, id);
}

/** The severity a check runs at under the user's overrides ("off" drops its findings). */
export function severityFor(checkId: string, overrides?: Readonly<Record<string, Severity>>): Severity {
  const override = overrides?.[checkId];
  if (override) return override;
  return isCheckId(checkId) ? CHECKS[checkId].defaultSeverity : 'warning';
}

/** Fills a message template; unknown placeholders are left as written. */
export function formatMessage(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => values[key] ?? all);
}
