import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ActorMatcher } from '../../server/src/engine/actors/matcher';
import { BriefAnalyzer, type Analysis } from '../../server/src/engine/analyze';
import { checkClaims } from '../../server/src/engine/check/check';
import { suppressed } from '../../server/src/engine/check/suppress';
import { readClaims } from '../../server/src/engine/claims/read';
import { buildKnowledge } from '../../server/src/engine/factbase/knowledge';
import { parseFactBase } from '../../server/src/engine/factbase/load';
import { parseProse } from '../../server/src/engine/markdown/prose';
import { splitSections } from '../../server/src/engine/markdown/sections';
import { generateBrief, prng } from '../fixtures/markdown/generate';

const FACTS = path.join(__dirname, '../../server/facts/default.facts.yaml');
const knowledge = buildKnowledge([parseFactBase(FACTS, readFileSync(FACTS, 'utf8')).data!]).knowledge;
const matcher = new ActorMatcher(knowledge.actors);

/** The whole-document pipeline, stage by stage, as BriefAnalyzer must reproduce it. */
function pipeline(text: string) {
  const doc = parseProse(text);
  const mentions = matcher.find(doc);
  const claims = readClaims(doc);
  const { findings, checked } = checkClaims({ doc, claims, mentions, knowledge });
  return { mentions, claims, checked, findings: suppressed(findings, doc, text) };
}

function results(analysis: Analysis) {
  const { mentions, claims, checked, findings } = analysis;
  return { mentions, claims, checked, findings };
}


describe('BriefAnalyzer: section by section as in one piece', () => {
  it('gives the whole-document pipeline results for a realistic brief', () => {
    const text = generateBrief(200_000);
    assert.ok(splitSections(text).length > 20);
    const analysis = new BriefAnalyzer().analyze(text, knowledge);
    assert.ok(analysis.findings.length > 0);
    assert.deepEqual(results(analysis), pipeline(text));
  });

  it('keeps a table run whole when a section cut falls between two tables', () => {
    // Consecutive cells are one table to the checker, headed by the first header row, so
    // tables whose columns differ are read differently in one run than apart.
    const table = (i: number) => i % 2
      ? `| Actor | Fatalities | Year |\n|---|---:|---|\n| TTP | 1,700 | ${2020 + (i % 6)} |\n`
      : `| Year | Actor | Attacks |\n|---|---|---:|\n| ${2020 + (i % 6)} | TTP | 1,612 |\n`;
    const filler = 'CRSS counted 444 attacks in 2024, according to PICSS.\n\n'.repeat(60);
    const text = `# Tables\n\n${filler}${Array.from({ length: 300 }, (_, i) => table(i)).join('\n')}\nAfter.\n`;
    assert.ok(splitSections(text).some((s) => text.startsWith('| Actor', s.start)));
    assert.deepEqual(results(new BriefAnalyzer().analyze(text, knowledge)), pipeline(text));
  });

  it('after random edits, reusing units, matches a fresh analysis (property test)', () => {
    const random = prng(1612);
    const pieces = ['', 'x', '\n', '\n\n', '# 2023 ', '```\n', '- ', '> ', '|', '1,612 ', 'in 2019 ', 'December 24 ',
      '<!-- policy-brief-disable -->', '<!-- policy-brief-enable -->', '| a | b |\n|---|---|\n| 1,700 | 2024 |\n\n'];
    const analyzer = new BriefAnalyzer();
    let text = generateBrief(60_000);
    for (let step = 0; step < 30; step++) {
      const at = Math.floor(random() * (text.length + 1));
      text = text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(at + Math.floor(random() * 4));
      assert.deepEqual(results(analyzer.analyze(text, knowledge)), results(new BriefAnalyzer().analyze(text, knowledge)), `step ${step}`);
    }
  });

  it('starts afresh when the severities change', () => {
    const text = generateBrief(20_000);
    const analyzer = new BriefAnalyzer();
    const warned = analyzer.analyze(text, knowledge).findings.filter((f) => f.check === 'figure-mismatch');
    assert.ok(warned.length > 0);
    const off = analyzer.analyze(text, knowledge, { 'figure-mismatch': 'off' }).findings;
    assert.ok(!off.some((f) => f.check === 'figure-mismatch'));
  });
});
