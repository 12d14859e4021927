/**
 * The labelled corpus (test/fixtures/corpus): short cases and whole briefs run through the
 * real pipeline (parseProse → readClaims → ActorMatcher → checkClaims → suppressed) with the
 * default fact base. `{{!X}}` marks a figure that must get a Warning or Error, `{{X}}` one that
 * must not. Prints precision and recall over all marks.
 *
 * A case may carry `known: <why>`: a failure we understand and have not fixed yet. It is still
 * counted in the tally, and its test asserts that it still fails, so that a fix (or a change
 * that breaks it differently) is noticed and the mark is taken off.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ActorMatcher } from '../../server/src/engine/actors/matcher';
import { checkClaims } from '../../server/src/engine/check/check';
import type { Finding } from '../../server/src/engine/check/model';
import { suppressed } from '../../server/src/engine/check/suppress';
import { readClaims } from '../../server/src/engine/claims/read';
import { buildKnowledge } from '../../server/src/engine/factbase/knowledge';
import { parseFactBase } from '../../server/src/engine/factbase/load';
import { parseProse } from '../../server/src/engine/markdown/prose';

const root = join(__dirname, '..', '..');
const corpus = join(root, 'test', 'fixtures', 'corpus');

interface Mark {
  start: number;
  end: number;
  flag: boolean;
  text: string;
}

/** Strips `{{…}}` markers, returning the plain Markdown and where each marked figure is. */
export function unmark(marked: string): { text: string; marks: Mark[] } {
  const marks: Mark[] = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(/\{\{(!?)([\s\S]*?)\}\}/g)) {
    text += marked.slice(last, m.index);
    marks.push({ start: text.length, end: text.length + m[2]!.length, flag: m[1] === '!', text: m[2]! });
    text += m[2];
    last = m.index + m[0].length;
  }
  return { text: text + marked.slice(last), marks };
}

function loadKnowledge() {
  const file = join(root, 'server', 'facts', 'default.facts.yaml');
  const parsed = parseFactBase(file, readFileSync(file, 'utf8'));
  assert.ok(parsed.data, JSON.stringify(parsed.problems));
  return buildKnowledge([parsed.data]).knowledge;
}

const knowledge = loadKnowledge();
const matcher = new ActorMatcher(knowledge.actors);

function run(text: string): Finding[] {
  const doc = parseProse(text);
  const claims = readClaims(doc);
  const { findings } = checkClaims({ doc, claims, mentions: matcher.find(doc), knowledge });
  return suppressed(findings, doc, text).filter((f) => f.severity === 'warning' || f.severity === 'error');
}

const overlaps = (f: Finding, m: Mark) => f.start < m.end && m.start < f.end;

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
const tallies = new Map<string, Tally>();
function count(category: string, mark: Mark, flagged: boolean): void {
  const t = tallies.get(category) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
  if (mark.flag) flagged ? t.tp++ : t.fn++;
  else flagged ? t.fp++ : t.tn++;
  tallies.set(category, t);
}

/** Checks every mark of one snippet; returns the problems as text (empty when all hold). */
function judgeMarks(category: string, marked: string, fix?: string): string[] {
  const { text, marks } = unmark(marked);
  const findings = run(text);
  const problems: string[] = [];
  for (const mark of marks) {
    const hits = findings.filter((f) => overlaps(f, mark));
    count(category, mark, hits.length > 0);
    if (mark.flag && hits.length === 0) problems.push(`expected a warning on “${mark.text}”`);
    if (!mark.flag && hits.length > 0) problems.push(`unexpected warning on “${mark.text}”: ${hits[0]!.message}`);
  }
  const firstFlag = marks.find((m) => m.flag);
  if (fix !== undefined && firstFlag) {
    const f = findings.find((x) => overlaps(x, firstFlag));
    if (f && f.replacement !== fix) problems.push(`replacement for “${firstFlag.text}”: expected “${fix}”, got “${f.replacement}”`);
  }
  return problems;
}

interface Case {
  c: string;
  md: string;
  fix?: string;
  /** Why the case is known to fail (see the header). */
  known?: string;
}

describe('fact-check corpus', () => {
  // cases.yaml, then any cases-*.yaml (one per held-out round and area, so that people adding
  // cases at the same time do not edit one file).
  const files = ['cases.yaml', ...readdirSync(corpus).filter((f) => /^cases-.+\.yaml$/.test(f)).sort()];
  const cases = files.flatMap((file) => parse(readFileSync(join(corpus, file), 'utf8')) as Case[]);

  describe('short cases', () => {
    for (const [i, kase] of cases.entries()) {
      it(`${kase.c} #${i + 1}: ${kase.md.split('\n').find((l) => l.includes('{{'))?.trim().slice(0, 80)}`, () => {
        const problems = judgeMarks(kase.c, kase.md, kase.fix);
        if (kase.known) assert.notDeepEqual(problems, [], `known failure now passes (${kase.known}): remove its \`known\``);
        else assert.deepEqual(problems, []);
      });
    }
  });

  describe('whole briefs', () => {
    for (const name of readdirSync(corpus).filter((f) => /^brief-.*\.md$/.test(f))) {
      it(name, () => {
        const problems = judgeMarks(`brief:${name}`, readFileSync(join(corpus, name), 'utf8'));
        assert.deepEqual(problems, []);
      });
    }
  });

  after(() => {
    const total: Tally = { tp: 0, fp: 0, fn: 0, tn: 0 };
    const rows = [...tallies].map(([category, t]) => {
      for (const k of ['tp', 'fp', 'fn', 'tn'] as const) total[k] += t[k];
      return `  ${category.padEnd(28)} marks ${String(t.tp + t.fp + t.fn + t.tn).padStart(3)}  tp ${t.tp} fp ${t.fp} fn ${t.fn} tn ${t.tn}`;
    });
    const precision = total.tp / Math.max(1, total.tp + total.fp);
    const recall = total.tp / Math.max(1, total.tp + total.fn);
    console.log(['\n  corpus tally', ...rows, `  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  (tp ${total.tp} fp ${total.fp} fn ${total.fn} tn ${total.tn})`].join('\n'));
  });
});
