import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildKnowledge, Knowledge } from '../../server/src/engine/factbase/knowledge';
import { parseFactBase } from '../../server/src/engine/factbase/load';
import type { FactBaseFile, FactBaseProblem } from '../../server/src/engine/factbase/model';

const root = join(__dirname, '..', '..');
const fixture = (name: string) => join(root, 'test', 'fixtures', 'factbases', `${name}.yaml`);
const parseFixture = (name: string) => parseFactBase(fixture(name), readFileSync(fixture(name), 'utf8'));

/** "line:column-endLine:endColumn code message", 0-based like the model, for exact comparisons. */
function describeProblems(problems: readonly FactBaseProblem[]): string[] {
  return problems.map(({ location: l, code, message }) => `${l.line}:${l.column}-${l.endLine}:${l.endColumn} ${code} ${message}`);
}

function loaded(name: string): FactBaseFile {
  const { data, problems } = parseFixture(name);
  assert.deepEqual(describeProblems(problems), []);
  assert.ok(data);
  return data;
}

describe('parseFactBase', () => {
  describe('a good file', () => {
    const file = loaded('good');

    it('reads every entity', () => {
      assert.deepEqual(
        [file.sources, file.actors, file.facts, file.recommendations].map((list) => list.map((entity) => entity.id)),
        [['report'], ['ttp', 'pakistan'], ['fatalities-2024', 'share', 'strikes', 'takeover', 'context'], ['talk']],
      );
    });

    it('keeps a YAML date a string', () => {
      assert.equal(file.sources[0]?.date, '2025-01');
    });

    it('puts the canonical name first among the aliases and defaults case sensitivity by acronym', () => {
      assert.deepEqual(file.actors[0]?.aliases, [
        { text: 'Tehreek-i-Taliban Pakistan', caseSensitive: false, general: false },
        { text: 'TTP', caseSensitive: true, general: false },
        { text: 'Pakistani Taliban', caseSensitive: false, general: false },
        { text: 'the Movement', caseSensitive: true, general: false },
      ]);
    });

    it('treats the aliases of a general actor as general, and U.S.-style abbreviations as acronyms', () => {
      assert.deepEqual(file.actors[1]?.aliases, [
        { text: 'Pakistan', caseSensitive: false, general: true },
        { text: 'Islamabad', caseSensitive: false, general: true },
        { text: 'U.S. ally', caseSensitive: false, general: true },
        { text: 'PK', caseSensitive: true, general: true },
      ]);
    });

    it('flattens mentions to one reference per paragraph', () => {
      assert.deepEqual(file.actors[0]?.mentions, [
        { source: 'report', paragraph: 2 },
        { source: 'report', paragraph: 4 },
      ]);
    });

    it('reads values, with date precision from the written date and a bare year as a year', () => {
      assert.deepEqual(
        file.facts.map((fact) => fact.value),
        [
          { kind: 'count', value: 1612 },
          { kind: 'percent', value: 95 },
          { kind: 'date', date: '2024-12-24', precision: 'day' },
          { kind: 'date', date: '2021', precision: 'year' },
          undefined,
        ],
      );
    });

    it('fills the documented defaults', () => {
      const context = file.facts[4]!;
      assert.equal(context.qualifier, 'exactly');
      assert.deepEqual(context.scope, { places: [] });
      assert.deepEqual(context.terms, []);
      assert.equal(context.measure, '');
      assert.equal(file.facts[0]?.qualifier, 'over');
      assert.deepEqual(file.facts[0]?.scope, { year: 2024, places: ['pakistan'] });
      assert.deepEqual(file.facts[0]?.attribution, { actor: 'ttp', text: 'according to the report' });
      assert.equal(file.recommendations[0]?.snippet, 'Open talks with the neighbours.');
    });

    it('locates each entity at its YAML map', () => {
      assert.deepEqual(file.actors[1]?.location, { file: fixture('good'), line: 21, column: 4, endLine: 26, endColumn: 17 });
    });

    it('records where each id reference is written', () => {
      assert.deepEqual(
        file.references?.slice(0, 2).map(({ kind, id, field, location: l }) => `${kind} ${id} ${field} ${l.line}:${l.column}-${l.endLine}:${l.endColumn}`),
        ['actor pakistan related 18:14-18:22', 'source report mentions.source 20:18-20:24'],
      );
      assert.equal(file.references?.length, 15);
    });
  });

  it('reports malformed YAML where yaml finds it, with no data', () => {
    const { data, problems } = parseFixture('malformed');
    assert.equal(data, undefined);
    assert.deepEqual(describeProblems(problems), ['5:0-5:1 yaml-syntax Missing closing "quote']);
  });

  it('reports schema violations in plain words at the value, the key or the map at fault', () => {
    const { data, problems } = parseFixture('schema-violation');
    assert.equal(data, undefined);
    assert.deepEqual(describeProblems(problems), [
      "8:10-8:21 schema actors[0].kind: must be one of state, government, military, armed-group, person, organisation, institution, place, project, region, other; found 'armed group'; did you mean 'armed-group'?",
      "10:4-10:12 schema actors[0]: unknown property 'aliasses'; did you mean 'aliases'?",
      "11:4-13:21 schema actors[1]: missing required property 'name'",
      '21:15-21:20 schema facts[0].paragraph: must be a whole number, found a string',
      "26:19-26:29 schema facts[1].value.date: must be a date YYYY-MM-DD, YYYY-MM or YYYY, found '2024-13-01'",
      '33:11-33:35 schema facts[2].value: must be { count: N }, { percent: N } or { date: YYYY-MM-DD | YYYY-MM | YYYY }',
    ]);
  });

  it('reports a place in `contains` that is not one word, and keeps the others', () => {
    const yaml = 'version: 1\nactors:\n  - id: afghanistan\n    name: Afghanistan\n    kind: state\n    role: A state.\n    contains: [Paktika, Spin Boldak]\n';
    const { problems } = parseFactBase('inline.facts.yaml', yaml);
    assert.deepEqual(problems.map((p) => p.message), ["actors[0].contains[1]: must be one word (hyphens allowed, as in 'Sar-e-Pol'), found 'Spin Boldak'"]);
    const good = parseFactBase('inline.facts.yaml', yaml.replace('Spin Boldak', 'Sar-e-Pol'));
    assert.deepEqual(good.data?.actors[0]?.contains, ['Paktika', 'Sar-e-Pol']);
  });

  it('reports an id defined twice in one file at the second id, with no data', () => {
    const { data, problems } = parseFixture('duplicate-id');
    assert.equal(data, undefined);
    assert.deepEqual(describeProblems(problems), ["6:8-6:11 duplicate-id duplicate actor id 'ttp': first defined at line 3"]);
  });

  it('reads binary junk as a YAML error without throwing', () => {
    const { data, problems } = parseFixture('binary');
    assert.equal(data, undefined);
    assert.ok(problems.length > 0);
    assert.ok(problems.every((problem) => problem.code === 'yaml-syntax' && problem.severity === 'error'));
  });

  it('asks for a map when the file is empty or is not a map', () => {
    assert.deepEqual(describeProblems(parseFactBase('f', '').problems), ['0:0-0:0 schema the file: must be a map, found nothing']);
    assert.deepEqual(describeProblems(parseFactBase('f', '- a\n- b\n').problems), ['0:0-1:3 schema the file: must be a map, found a list']);
  });

  it('explains a bad alias by the form it aims at', () => {
    const text = 'version: 1\nactors:\n  - { id: a, name: A, kind: state, role: r, aliases: [{ txt: x }, 42] }\n';
    assert.deepEqual(describeProblems(parseFactBase('f', text).problems), [
      "2:54-2:64 schema actors[0].aliases[0]: missing required property 'text'",
      "2:56-2:59 schema actors[0].aliases[0]: unknown property 'txt'; did you mean 'text'?",
      '2:66-2:68 schema actors[0].aliases[1]: must be a name or { text, caseSensitive?, general? }',
    ]);
  });

  it('requires measure and terms for a fact with a value', () => {
    const text = 'version: 1\nfacts:\n  - { id: f, statement: s, value: { count: 1 }, source: s, paragraph: 1 }\n';
    assert.deepEqual(describeProblems(parseFactBase('f', text).problems), [
      "2:4-2:73 schema facts[0]: 'measure' is required when 'value' is given",
      "2:4-2:73 schema facts[0]: 'terms' is required when 'value' is given",
    ]);
  });

  it('keeps dates strings even under a %YAML 1.1 directive', () => {
    const text = '%YAML 1.1\n---\nversion: 1\nsources:\n  - { id: s, title: t, citation: c, date: 2024-12-24 }\n';
    assert.equal(parseFactBase('f', text).data?.sources[0]?.date, '2024-12-24');
  });

  it('follows anchors to locate values written through an alias', () => {
    const text = [
      'version: 1',
      'actors:',
      '  - { id: a, name: A, kind: state, role: r, related: &rel [b] }',
      '  - { id: b, name: B, kind: state, role: r, related: *rel }',
    ].join('\n');
    const { data } = parseFactBase('f', text);
    assert.deepEqual(
      data?.references?.map(({ location: l }) => `${l.line}:${l.column}`),
      ['2:59', '2:59'],
    );
  });

  it('still returns data when there are only warnings', () => {
    const { data, problems } = parseFactBase('f', 'version: 1\nsources:\n  - { id: s, title: !odd T, citation: c }\n');
    assert.ok(data);
    assert.deepEqual(
      problems.map((problem) => `${problem.severity} ${problem.message}`),
      ['warning Unresolved tag: !odd'],
    );
  });

  it('refuses an alias bomb', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 10; level++) {
      const [name, previous] = [String.fromCharCode(97 + level), String.fromCharCode(96 + level)];
      lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    const { data, problems } = parseFactBase('f', lines.join('\n'));
    assert.equal(data, undefined);
    assert.match(problems[0]!.message, /cannot expand this file's aliases/);
  });

  it('survives nesting too deep to walk, and caps the number of problems', () => {
    const { data, problems } = parseFactBase('f', '['.repeat(100_000));
    assert.equal(data, undefined);
    assert.equal(problems.length, 100);
  });

  it('never throws on random text', () => {
    const alphabet = ['-', ':', ' ', '\n', '  ', '[', ']', '{', '}', '&a', '*a', '!', '"', "'", '#', 'id', 'version: 1', '1', '\t', '|', '>', '?', ',', '\0'];
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 300; run++) {
      const text = Array.from({ length: 40 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      assert.ok(Array.isArray(parseFactBase('f', text).problems), text);
    }
  });

  it('loads the shipped default fact base without problems', () => {
    const file = join(root, 'server', 'facts', 'default.facts.yaml');
    const { data, problems } = parseFactBase(file, readFileSync(file, 'utf8'));
    assert.deepEqual(describeProblems(problems), []);
    assert.ok(data);
    assert.deepEqual(describeProblems(buildKnowledge([data]).problems), []);
  });
});

describe('buildKnowledge', () => {
  it('reports references to unknown ids where they are written', () => {
    const { problems } = buildKnowledge([loaded('unknown-reference')]);
    assert.deepEqual(describeProblems(problems), [
      "10:14-10:18 unknown-reference unknown actor id 'ttpp' in related; did you mean 'ttp'?",
      "10:20-10:28 unknown-reference unknown actor id 'pakistan' in related",
      "12:18-12:24 unknown-reference unknown source id 'reprot' in mentions.source; did you mean 'report'?",
      "16:22-16:24 unknown-reference unknown actor id 'kp' in scope.places",
      "17:26-17:30 unknown-reference unknown actor id 'crss' in attribution.actor",
    ]);
  });

  describe('across files', () => {
    const workspaceText = [
      'version: 1',
      'actors:',
      '  - { id: ttp, name: Another TTP, kind: other, role: r }',
      '  - { id: kp, name: Khyber Pakhtunkhwa, kind: region, role: r, related: [pakistan], mentions: [{ source: report, paragraphs: [3] }] }',
    ].join('\n');
    const workspace = parseFactBase('workspace.facts.yaml', workspaceText).data!;
    const { knowledge, problems } = buildKnowledge([loaded('good'), workspace]);

    it('resolves references to ids of earlier files', () => {
      assert.equal(knowledge.actor('kp')?.related[0], 'pakistan');
    });

    it('keeps the first definition of a duplicate id and reports the later one', () => {
      assert.equal(knowledge.actor('ttp')?.name, 'Tehreek-i-Taliban Pakistan');
      assert.deepEqual(knowledge.actors.map((actor) => actor.id), ['ttp', 'pakistan', 'kp']);
      assert.deepEqual(describeProblems(problems), [
        `2:4-2:56 duplicate-id duplicate actor id 'ttp': first defined in ${fixture('good')} at line 10`,
      ]);
    });

    it('looks entities up by id', () => {
      assert.equal(knowledge.source('report')?.title, 'A report on the region');
      assert.equal(knowledge.fact('share')?.value?.kind, 'percent');
      assert.equal(knowledge.recommendation('talk')?.title, 'Talk');
      assert.equal(knowledge.actor('nobody'), undefined);
    });

    it('lists the facts about an actor in order', () => {
      assert.deepEqual(knowledge.factsAbout('pakistan').map((fact) => fact.id), ['fatalities-2024', 'context']);
      assert.deepEqual(knowledge.factsAbout('kp'), []);
    });

    it('cites a paragraph with the source template, or by id when the source is unknown', () => {
      assert.equal(knowledge.cite({ source: 'report', paragraph: 7 }), 'Writer (2025), ¶7');
      assert.equal(knowledge.cite({ source: 'elsewhere', paragraph: 3 }), 'elsewhere ¶3');
    });
  });

  it('skips the reference check for files built in code without references', () => {
    const { references: _, ...withoutReferences } = loaded('unknown-reference');
    assert.deepEqual(buildKnowledge([withoutReferences]).problems, []);
  });

  it('offers an empty knowledge', () => {
    assert.deepEqual(Knowledge.empty.actors, []);
    assert.equal(Knowledge.empty.fact('x'), undefined);
    assert.equal(Knowledge.empty.cite({ source: 's', paragraph: 1 }), 's ¶1');
  });
});
