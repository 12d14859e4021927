/**
 * The facts a claim can be compared with, indexed once per Knowledge by the stem of the first
 * word of each of their terms. Finding the facts a block talks about is then one map lookup
 * per word, however many workspace facts are loaded.
 */
import type { Actor, Fact, FactValue, Source, SourceRef } from '../factbase/model';
import { termStems, type Word } from './text';

/** What the checker needs from Knowledge (factbase/knowledge.ts satisfies it). */
export interface CheckKnowledge {
  readonly facts: readonly Fact[];
  readonly actors: readonly Actor[];
  actor(id: string): Actor | undefined;
  source(id: string): Source | undefined;
  cite(ref: SourceRef): string;
}

export type ValueKind = FactValue['kind'];

interface TermEntry {
  fact: Fact;
  stems: string[];
}

/** A place in a block where a fact's term is written. */
export interface TermHit {
  /** Range in the block text. */
  start: number;
  end: number;
  /** Index of the first and one past the last word. */
  first: number;
  last: number;
  /** Facts (with a value) one of whose terms is written here, longest term first. */
  facts: Fact[];
  /** The stems of the term that matched. */
  stems: string[];
}

/** Words a multi-word term may have between its own ("lives were lost", "in power in Kabul since"). */
const MAX_GAP = 2;
/**
 * Words a term never spans: a particle makes the word before it another verb ("ruled out
 * since" is not "ruled … since"), and a figure ends the phrase ("militants mounted 474 attacks"
 * are attacks, not "militant attacks").
 */
const PARTICLES = new Set(['out', 'off']);
const breaksTerm = (w: Word): boolean => PARTICLES.has(w.lower) || /^\d/.test(w.lower);

export class FactIndex {
  private readonly byStem = new Map<string, TermEntry[]>();

  constructor(facts: readonly Fact[]) {
    for (const fact of facts) {
      if (!fact.value) continue;
      for (const term of fact.terms) {
        const stems = termStems(term);
        if (stems.length === 0) continue;
        const list = this.byStem.get(stems[0]!) ?? [];
        list.push({ fact, stems });
        this.byStem.set(stems[0]!, list);
      }
    }
  }

  /** Term occurrences in a block's words; where terms overlap the longest wins. */
  hits(ws: readonly Word[]): TermHit[] {
    const out: TermHit[] = [];
    for (let i = 0; i < ws.length; ) {
      const entries = this.byStem.get(ws[i]!.stem);
      let best: TermHit | undefined;
      for (const entry of entries ?? []) {
        const last = matchFrom(ws, i, entry.stems);
        if (last === undefined) continue;
        if (!best || last > best.last || (last === best.last && entry.stems.length > best.stems.length)) {
          best = { start: ws[i]!.start, end: ws[last - 1]!.end, first: i, last, facts: [entry.fact], stems: entry.stems };
        } else if (last === best.last && entry.stems.length === best.stems.length && !best.facts.includes(entry.fact)) {
          best.facts.push(entry.fact);
        }
      }
      if (best) {
        out.push(best);
        i = best.last;
      } else i++;
    }
    return out;
  }
}

/** One past the last word of `stems` matched from word `i`, or undefined. */
function matchFrom(ws: readonly Word[], i: number, stems: readonly string[]): number | undefined {
  let at = i + 1;
  for (let k = 1; k < stems.length; k++) {
    let found = -1;
    for (let g = 0; g <= MAX_GAP && at + g < ws.length; g++) {
      if (ws[at + g]!.stem === stems[k]) {
        found = at + g;
        break;
      }
      if (breaksTerm(ws[at + g]!)) break;
    }
    if (found < 0) return undefined;
    at = found + 1;
  }
  return at;
}

const cache = new WeakMap<object, FactIndex>();

/** The index of a Knowledge, built on first use (Knowledge is immutable once built). */
export function factIndex(knowledge: CheckKnowledge): FactIndex {
  let index = cache.get(knowledge.facts);
  if (!index) {
    index = new FactIndex(knowledge.facts);
    cache.set(knowledge.facts, index);
  }
  return index;
}

export function valueKindOf(claimKind: 'count' | 'percent' | 'date' | 'year'): ValueKind {
  return claimKind === 'year' ? 'date' : claimKind;
}
