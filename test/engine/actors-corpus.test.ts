/**
 * The labelled corpus against the shipped fact base: how well real briefs' mentions resolve
 * with the real aliases. Misses here are usually aliases the data lacks, not matcher bugs.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ActorMatcher } from '../../server/src/engine/actors/matcher';
import { buildKnowledge } from '../../server/src/engine/factbase/knowledge';
import { parseFactBase } from '../../server/src/engine/factbase/load';
import { doc } from '../fixtures/actors/blocks';
import { readCorpus } from '../fixtures/actors/corpus';
import { score, summary } from '../fixtures/actors/score';

describe('ActorMatcher on the default fact base', () => {
  it('resolves at least 95% of the labelled mentions, with at least 95% precision', () => {
    const file = new URL('../../server/facts/default.facts.yaml', import.meta.url);
    const { data } = parseFactBase('default.facts.yaml', readFileSync(file, 'utf8'));
    assert.ok(data, 'the default fact base loads');
    const matcher = new ActorMatcher(buildKnowledge([data]).knowledge.actors);
    const lines = readCorpus();
    const result = score(lines, lines.map((l) => matcher.find(doc(l.source), l.source)));
    const report = [summary(result), ...result.misses.map((m) => `miss ${m}`), ...result.falsePositives.map((f) => `extra ${f}`)];
    if (process.env.ACTORS_REPORT) console.log(report.join('\n'));
    assert.ok(result.hits / result.required >= 0.95, report.join('\n'));
    assert.ok(result.hits / (result.hits + result.falsePositives.length) >= 0.95, report.join('\n'));
  });
  it('resolves the transliterations the fact base lists, which the test fact base leaves out', () => {
    const file = new URL('../../server/facts/default.facts.yaml', import.meta.url);
    const matcher = new ActorMatcher(buildKnowledge([parseFactBase('default.facts.yaml', readFileSync(file, 'utf8')).data!]).knowledge.actors);
    for (const name of ['Mutaqi', 'Motaqi', 'Mottaki', 'Amir Khan Mutaqi']) {
      const source = `Foreign Minister ${name} travelled to Dubai for the talks.`;
      const found = matcher.find(doc(source), source).map((m) => [source.slice(m.start, m.end), m.actorId]);
      assert.deepEqual(found, [[name, 'muttaqi']], name);
    }
  });
});
