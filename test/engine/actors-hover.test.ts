import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describeActor, type ActorKnowledge } from '../../server/src/engine/actors/hover';
import { formatValue } from '../../server/src/engine/factbase/values';
import type { Fact } from '../../server/src/engine/factbase/model';
import { buildKnowledge } from '../../server/src/engine/factbase/knowledge';
import { parseFactBase } from '../../server/src/engine/factbase/load';
import { ACTORS, SOURCE, alias, fact } from '../fixtures/actors/actors';

/** The part of Knowledge a hover uses, over the test fact base. */
function knowledge(facts: Fact[]): ActorKnowledge {
  return {
    actor: (id) => ACTORS.find((a) => a.id === id),
    source: (id) => (id === SOURCE.id ? SOURCE : undefined),
    factsAbout: (id) => facts.filter((f) => f.actors.includes(id)),
    cite: (ref) => SOURCE.citation.replace('{paragraph}', String(ref.paragraph)),
  };
}

const ttp = ACTORS.find((a) => a.id === 'ttp')!;

describe('describeActor', () => {
  it('shows name, kind, role, aliases, related actors and mentions', () => {
    const md = describeActor(ttp, knowledge([]));
    assert.match(md, /^\*\*Tehreek-i-Taliban Pakistan\*\* · armed group\n\nTehreek-i-Taliban Pakistan in the test fact base\./);
    assert.match(md, /\*\*Also:\*\* TTP, Tehrik-e-Taliban Pakistan, [^\n]*Tehrik-i-Taliban\n/);
    assert.match(md, /\*\*Also written \(general knowledge\):\*\* Pakistani Taliban\n/);
    assert.ok(!md.includes('Also:** Tehreek-i-Taliban Pakistan'), 'the name is not repeated as an alias');
    assert.match(md, /\*\*Related:\*\* Afghan Taliban, Pakistan/);
    assert.match(md, /\*\*Mentioned in:\*\* \*Pakistan's TTP problem and the Taliban\*, ¶2, 4$/);
  });

  it('lists the facts with their value, hedge, attribution and citation', () => {
    const md = describeActor(
      ttp,
      knowledge([
        fact('fatalities', ['ttp'], {
          statement: 'Over 1,612 people were killed in 2024.',
          value: { kind: 'count', value: 1612 },
          qualifier: 'over',
          attribution: { actor: 'crss', text: 'according to CRSS' },
        }),
        fact('airstrikes', ['ttp'], { statement: 'Pakistan struck TTP hideouts.', value: { kind: 'date', date: '2024-12-24', precision: 'day' }, paragraph: 2 }),
        fact('other', ['bla']),
      ]),
    );
    assert.match(md, /\*\*What the sources say\*\*\n\n- Over 1,612 people were killed in 2024\. \(\*\*over 1,612\*\*, according to CRSS\) — \*Ali, Stratheia \(2025\), ¶7\*\n- Pakistan struck TTP hideouts\. \(\*\*24 December 2024\*\*\) — \*Ali, Stratheia \(2025\), ¶2\*\n\n/);
    assert.ok(!md.includes('Statement other'));
  });

  it('caps the facts and the aliases', () => {
    const facts = Array.from({ length: 11 }, (_, i) => fact(`f${i}`, ['ttp']));
    const many = { ...ttp, aliases: Array.from({ length: 15 }, (_, i) => alias(`Alias ${i}`)) };
    const md = describeActor(many, knowledge(facts));
    assert.equal(md.match(/^- Statement/gm)?.length, 8);
    assert.match(md, /^- …and 3 more$/m);
    assert.match(md, /Alias 11, and 3 more/);
  });

  it('marks general-knowledge entries and escapes Markdown in the data', () => {
    const md = describeActor({ ...ttp, name: 'A *starred* [name]', general: true, related: ['nobody'], mentions: [] }, knowledge([]));
    assert.match(md, /^\*\*A \\\*starred\\\* \\\[name\\\]\*\*/);
    assert.match(md, /\*General knowledge: this entry does not come from a source\.\*/);
    assert.match(md, /\*\*Related:\*\* nobody/);
    assert.ok(!md.includes('Mentioned in'));
  });

  it('formats values as a brief would write them', () => {
    assert.equal(formatValue({ kind: 'percent', value: 95 }, 'exactly'), '95%');
    assert.equal(formatValue({ kind: 'count', value: 444 }, 'at-least'), 'at least 444');
    assert.equal(formatValue({ kind: 'date', date: '2021-08', precision: 'month' }, 'exactly'), 'August 2021');
    assert.equal(formatValue({ kind: 'date', date: '2021', precision: 'year' }, 'about'), 'about 2021');
  });

  it('works with the real Knowledge over the default fact base', () => {
    const text = readFileSync(new URL('../../server/facts/default.facts.yaml', import.meta.url), 'utf8');
    const { knowledge } = buildKnowledge([parseFactBase('default.facts.yaml', text).data!]);
    const md = describeActor(knowledge.actor('crss')!, knowledge);
    assert.match(md, /^\*\*Center for Research and Security Studies\*\* · organisation/);
    assert.match(md, /\*\*What the sources say\*\*\n\n- .*1,612/);
  });
});
