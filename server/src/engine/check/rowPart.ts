/**
 * The part of a measure a table row's label names, as the prose rule for "925 militants
 * killed": a subgroup word before the label's first term ("Militants killed in operations"),
 * after "among" ("Fatalities among security forces"), or as the whole label ("| Soldiers | 700 |"
 * under a "Killed" column). Read by check/govern.ts.
 */
import type { BlockContext } from './context';
import { namesSubgroup } from './govern';
import { allVictimsAt } from './part';

export function subgroupLabel(cell: BlockContext): string | undefined {
  if (cell.claims.some((c) => c.kind === 'count' || c.kind === 'percent')) return undefined;
  const firstHit = cell.hits[0];
  const until = firstHit ? firstHit.first : cell.words.length;
  // "| Fatalities | 1,261 | includes civilians and security personnel |": the groups after
  // "includes" spell out what the whole is made of; they name no part.
  const included = cell.words.findIndex((w) => INCLUDING.has(w.lower));
  const among = cell.words.findIndex((w) => w.lower === 'among');
  const parts = new Set<string>();
  // "| Fatalities | 1,390 | civilians and security forces |": the civilians and the state's
  // forces together are every victim, as "people" would be.
  let pairEnd = -1;
  cell.words.forEach((w, i) => {
    pairEnd = Math.max(pairEnd, allVictimsAt(cell.words, i) ?? -1);
    const read = (i < until || (among >= 0 && i > among)) && (included < 0 || i < included) && i > pairEnd;
    if (read && namesSubgroup(w.lower)) parts.add(w.lower);
  });
  // "| Fatalities | 1,462 | Civilians, security forces and militants |": a list of three or
  // more groups spells out what the whole is made of; it names no part.
  return parts.size > 0 && parts.size < WHOLE_LIST ? [...parts][0] : undefined;
}

/** How many subgroups a table cell lists before the list is the whole measure's make-up. */
const WHOLE_LIST = 3;
const INCLUDING = new Set(['includes', 'include', 'including', 'incl', 'comprising', 'comprises']);
