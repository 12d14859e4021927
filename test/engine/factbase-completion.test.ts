import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { factBaseCompletions } from '../../server/src/engine/factbase/completion';
import { buildKnowledge } from '../../server/src/engine/factbase/knowledge';
import { parseFactBase } from '../../server/src/engine/factbase/load';

const file = join(__dirname, '..', '..', 'server', 'facts', 'default.facts.yaml');
const knowledge = buildKnowledge([parseFactBase(file, readFileSync(file, 'utf8')).data!]).knowledge;

/** Completions where `|` stands in `text`. */
function at(textWithCursor: string) {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.replace('|', '');
  return { offset, items: factBaseCompletions(text, offset, knowledge) };
}

describe('fact base completion', () => {
  it('offers actor ids in a flow list of related actors, replacing the partial id', () => {
    const { offset, items } = at('actors:\n  - id: nacta\n    related: [pakistan, tt|\n');
    const ttp = items.find((i) => i.label === 'ttp');
    assert.ok(ttp);
    assert.equal(ttp.detail, 'Tehreek-i-Taliban Pakistan · armed-group');
    assert.deepEqual([ttp.start, ttp.end], [offset - 2, offset]);
    assert.equal(items.length, knowledge.actors.length);
  });

  it('offers actor ids in a block list under actors: and places:', () => {
    assert.ok(at('facts:\n  - id: x\n    actors:\n      - |\n').items.some((i) => i.label === 'crss'));
    assert.ok(at('facts:\n  - id: x\n    scope:\n      places:\n        - bal|\n').items.some((i) => i.label === 'balochistan'));
  });

  it('offers source ids after source:, also inside a flow map', () => {
    assert.deepEqual(at('facts:\n  - id: x\n    source: |\n').items.map((i) => i.label), ['stratheia-ttp']);
    assert.deepEqual(at('    mentions:\n      - { source: str|').items.map((i) => i.label), ['stratheia-ttp']);
  });

  it('offers the enumerated kinds and qualifiers', () => {
    assert.ok(at('actors:\n  - id: x\n    kind: |\n').items.some((i) => i.label === 'armed-group'));
    assert.ok(at('facts:\n  - id: x\n    qualifier: |\n').items.some((i) => i.label === 'at-least'));
  });

  it('offers nothing in free text or under other keys', () => {
    assert.deepEqual(at('actors:\n  - id: x\n    role: The |\n').items, []);
    assert.deepEqual(at('actors:\n  - id: x\n    aliases:\n      - |\n').items, []);
    assert.deepEqual(at('|').items, []);
  });
});
