import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FACTS_FILE, SNIPPETS_FILE, generateSnippets } from '../../scripts/generate-snippets';
import { Knowledge, buildKnowledge } from '../../server/src/engine/factbase/knowledge';
import { parseFactBase } from '../../server/src/engine/factbase/load';
import type { Recommendation } from '../../server/src/engine/factbase/model';
import { briefSkeleton } from '../../server/src/engine/writing/skeleton';
import {
  buildSnippetFile,
  checkSnippet,
  dateVariables,
  escapeSnippetText,
  parseSnippet,
  recommendationSnippet,
  snippetToText,
  type SnippetEntry,
} from '../../server/src/engine/writing/snippets';

function loadDefault(): Knowledge {
  const parsed = parseFactBase(FACTS_FILE, readFileSync(FACTS_FILE, 'utf8'));
  return buildKnowledge([parsed.data!]).knowledge;
}

const knowledge = loadDefault();
const onDisk = readFileSync(SNIPPETS_FILE, 'utf8');
const file = JSON.parse(onDisk) as Record<string, SnippetEntry>;
const entries = Object.values(file);
const recommendationEntries = entries.filter((entry) => entry.prefix.startsWith('rec-'));
const skeleton = briefSkeleton(knowledge);
const skeletonText = snippetToText(skeleton, dateVariables(new Date(2025, 0, 5)));

describe('snippet syntax checker', () => {
  const valid = [
    'plain text',
    '$1 and ${2} and $0',
    '${1:default} ${1}',
    '${1:outer ${2:inner} text}',
    '${1|Pakistan,Islamabad|}',
    '${1|a\\,b,c\\|d|}',
    '${CURRENT_YEAR}-${CURRENT_MONTH} $TM_FILENAME ${TM_SELECTED_TEXT:nothing}',
    '${1/(.*)/${1:/upcase}/g}',
    'costs \\$5 and a brace \\} and a backslash \\\\',
    'a lone $ sign and a stray } are literal',
  ];
  for (const snippet of valid) {
    it(`accepts ${JSON.stringify(snippet)}`, () => assert.deepEqual(checkSnippet(snippet), []));
  }

  const invalid: [string, RegExp][] = [
    ['${1:unclosed', /not closed/],
    ['${1:outer ${2:inner}', /not closed/],
    ['${1|a,b}', /not closed with "\|}"/],
    ['${1|a,,b|}', /empty choice option/],
    ['${1||}', /empty choice option/],
    ['${1|a|b|}', /must be escaped/],
    ['${ 1:spaced}', /must start a tab stop/],
    ['${}', /must start a tab stop/],
    ['${NOT_A_VARIABLE}', /unknown variable/],
    ['${CURRENT_YEAR|a,b|}', /cannot have choices/],
    ['${1/(unclosed/x/}', /invalid transform/],
    ['${1/only-regex}', /transform must look like/],
  ];
  for (const [snippet, message] of invalid) {
    it(`rejects ${JSON.stringify(snippet)}`, () => {
      const problems = checkSnippet(snippet);
      assert.ok(problems.some((p) => message.test(p.message)), JSON.stringify(problems));
    });
  }

  it('reports where the problem is', () => {
    assert.deepEqual(checkSnippet('ok ${1:open').map((p) => p.offset), [3]);
  });

  it('parses choices with escapes', () => {
    assert.deepEqual(parseSnippet('${1|a\\,b,c|}').nodes, [{ kind: 'choice', index: 1, options: ['a,b', 'c'] }]);
  });

  it('escapes fact base text so it stays literal', () => {
    const text = 'US$5 {braces} back\\slash $1';
    assert.deepEqual(checkSnippet(escapeSnippetText(text)), []);
    assert.equal(snippetToText(escapeSnippetText(text)), text);
  });
});

describe('snippetToText', () => {
  it('takes defaults, first choices, mirrors and variables', () => {
    assert.equal(snippetToText('${1|Pakistan,Islamabad|} and $1: ${2:talks}$0 $3.'), 'Pakistan and Pakistan: talks .');
    assert.equal(snippetToText('${CURRENT_YEAR}/${UNSET:fallback}/${TM_FILENAME}', { CURRENT_YEAR: '2025' }), '2025/fallback/');
  });
  it('renders nested placeholders', () => {
    assert.equal(snippetToText('${1:a ${2:b} c} $2'), 'a b c b');
  });
  it('pads the date variables', () => {
    assert.deepEqual(dateVariables(new Date(2025, 0, 5)), { CURRENT_YEAR: '2025', CURRENT_MONTH: '01', CURRENT_DATE: '05' });
  });
});

describe('snippets/policy-brief.code-snippets', () => {
  it('is exactly what scripts/generate-snippets.ts makes from the default fact base', () => {
    assert.equal(onDisk, generateSnippets(), 'run: node --import tsx scripts/generate-snippets.ts');
  });

  it('has prefix, body and description in every entry', () => {
    for (const [name, entry] of Object.entries(file)) {
      assert.equal(typeof entry.prefix, 'string', name);
      assert.ok(Array.isArray(entry.body) && entry.body.every((line) => typeof line === 'string'), name);
      assert.ok(entry.description.length > 0, name);
    }
  });

  it('has one snippet per recommendation of the fact base, and no other', () => {
    const prefixes = recommendationEntries.map((entry) => entry.prefix).sort();
    const expected = knowledge.recommendations.map((r) => `rec-${r.id}`).sort();
    assert.equal(knowledge.recommendations.length, 10);
    assert.deepEqual(prefixes, expected);
    assert.deepEqual(entries.map((entry) => entry.prefix).sort(), ['brief', ...expected].sort());
  });

  it('has unique prefixes that all start with "rec" for recommendations', () => {
    assert.equal(new Set(entries.map((entry) => entry.prefix)).size, entries.length);
    assert.ok(recommendationEntries.every((entry) => entry.prefix.startsWith('rec')));
  });

  it('has bodies that are well-formed snippets', () => {
    for (const [name, entry] of Object.entries(file)) {
      assert.deepEqual(checkSnippet(entry.body.join('\n')), [], name);
    }
  });

  describe('recommendation snippets', () => {
    for (const recommendation of knowledge.recommendations) {
      const entry = file[`Recommendation: ${recommendation.title}`]!;
      it(`${recommendation.id}: has tab stops or choices, its citation, and ends at $0`, () => {
        assert.ok(entry, 'missing');
        const body = entry.body.join('\n');
        const nodes = parseSnippet(body).nodes;
        assert.ok(nodes.some((node) => node.kind === 'choice' || node.kind === 'placeholder'));
        assert.ok(body.includes(`¶${recommendation.paragraph}`), 'body cites the paragraph');
        assert.ok(entry.description.includes(recommendation.summary));
        assert.ok(entry.description.includes(knowledge.cite(recommendation)));
        assert.ok(body.endsWith('$0'));
      });
    }
  });

  it('has only the skeleton for a fact base without recommendations', () => {
    assert.deepEqual(Object.values(buildSnippetFile(Knowledge.empty)).map((entry) => entry.prefix), ['brief']);
  });

  it('is contributed for Markdown and policy-brief, with the grammars the grammar tests load', () => {
    const read = (path: string) => JSON.parse(readFileSync(join(__dirname, '..', '..', path), 'utf8'));
    const fragment = read('package.json').contributes;
    assert.deepEqual(
      fragment.snippets.map((s: { language: string; path: string }) => [s.language, s.path]),
      [['markdown', './snippets/policy-brief.code-snippets'], ['policy-brief', './snippets/policy-brief.code-snippets']],
    );
    const tested = read('test/grammar/grammars.json').contributes.grammars;
    for (const grammar of fragment.grammars) {
      const twin = tested.find((g: { scopeName: string }) => g.scopeName === grammar.scopeName);
      assert.equal(join('test/grammar', twin.path), join(grammar.path), grammar.scopeName);
      assert.deepEqual(twin.injectTo, grammar.injectTo, grammar.scopeName);
    }
  });

  it('appends the citation to a recommendation whose snippet has none', () => {
    const bare: Recommendation = { ...knowledge.recommendations[0]!, snippet: 'Pakistan should ${1:act}.$0' };
    assert.equal(recommendationSnippet(bare, knowledge), 'Pakistan should ${1:act} (Ali, Stratheia (2025), ¶12).$0');
  });
});

describe('brief skeleton', () => {
  it('is the "brief" snippet of the file', () => {
    assert.equal(entries.find((entry) => entry.prefix === 'brief')!.body.join('\n'), skeleton);
  });

  it('is a well-formed snippet with tab stops for title, author and summary', () => {
    assert.deepEqual(checkSnippet(skeleton), []);
    assert.match(skeleton, /^title: \$\{1:[^}]+\}$/m);
    assert.match(skeleton, /^author: \$\{2:[^}]+\}$/m);
    assert.match(skeleton, /^## Summary\n\n\$\{3:[^}]+\}$/m);
  });

  it('has front matter with the date and every source id', () => {
    assert.match(skeletonText, /^---\ntitle: .+\nauthor: .+\ndate: 2025-01-05\nsources:\n {2}- stratheia-ttp\n---\n/);
  });

  it('has every section, in order', () => {
    const headings = [...skeletonText.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    assert.deepEqual(headings, ['Summary', 'Background', 'Key facts', 'Analysis', 'Recommendations', 'Sources']);
  });

  it('tabulates every valued fact with the source’s own figure, hedge, attribution and citation', () => {
    const rows = skeletonText.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---'));
    assert.deepEqual(rows, [
      '| Measure | Figure | Source |',
      '| Pakistani airstrikes on TTP hideouts in Afghanistan | 24 December 2024 | Ali, Stratheia (2025), ¶2 |',
      '| Afghan Taliban retaliation against Pakistan | 28 December 2024 | Ali, Stratheia (2025), ¶2 |',
      '| Afghan Taliban coming to power | 2021 | Ali, Stratheia (2025), ¶5 |',
      '| Fatalities from terrorist attacks, 2024 | over 1,612 according to CRSS | Ali, Stratheia (2025), ¶7 |',
      '| Terrorist attacks, 2024 | 444 according to CRSS | Ali, Stratheia (2025), ¶7 |',
      '| Share of terrorist attacks in Balochistan and Khyber Pakhtunkhwa | 95% | Ali, Stratheia (2025), ¶12 |',
    ]);
  });

  it('lists each source with its citation form', () => {
    assert.match(skeletonText, /^- \*\*stratheia-ttp\*\*: Waqas Ali, “.+”, Stratheia, 2025-01\. Cited as: Ali, Stratheia \(2025\), ¶n\.$/m);
  });

  it('keeps fact base text literal: no snippet syntax and no table breaks leak in', () => {
    const fact = { ...knowledge.facts.find((f) => f.id === 'crss-2024-attacks')!, measure: 'costs in $ | {x}' };
    const tricky = new Knowledge({ ...knowledge, facts: [fact] });
    const text = snippetToText(briefSkeleton(tricky));
    assert.deepEqual(checkSnippet(briefSkeleton(tricky)), []);
    assert.ok(text.includes('| Costs in $ \\| {x}, 2024 | 444 according to CRSS |'));
  });
});
