/** Writing completions: where each kind is offered, and what it inserts. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildKnowledge } from '../../server/src/engine/factbase/knowledge';
import { parseFactBase } from '../../server/src/engine/factbase/load';
import { parseProse } from '../../server/src/engine/markdown/prose';
import { completions, type CompletionEntry } from '../../server/src/engine/writing/completion';
import { completionContext } from '../../server/src/engine/writing/completionContext';
import { recommendationSnippet } from '../../server/src/engine/writing/snippets';

const REPO = path.resolve(__dirname, '..', '..');
const DEFAULT = path.join(REPO, 'server', 'facts', 'default.facts.yaml');
const EXTRA = path.join(REPO, 'test', 'fixtures', 'workspace', 'extra.yaml');
const load = (file: string) => parseFactBase(file, readFileSync(file, 'utf8')).data!;
const knowledge = buildKnowledge([load(DEFAULT), load(EXTRA)]).knowledge;

/** `marked` has the cursor written as `‸`; the prose analysis is of `analysed` (default: the text itself). */
function at(marked: string, analysed?: string) {
  const offset = marked.indexOf('‸');
  assert.ok(offset >= 0, 'no cursor in the text');
  const text = marked.replace('‸', '');
  const proseText = analysed ?? text;
  const input = { text, offset, prose: parseProse(proseText), proseText, knowledge };
  return { text, offset, context: completionContext(input), result: completions(input) };
}
const ofKind = (entries: CompletionEntry[], kind: CompletionEntry['kind']) => entries.filter((e) => e.kind === kind);

describe('completion context', () => {
  const recommendationHeadings = [
    '## Recommendations',
    '# RECOMMENDATIONS',
    '### Policy recommendations',
    '## Recommendations for Islamabad',
    '## Recommended actions',
    '## What Pakistan should do',
    '## Policy options',
    '## Options for Pakistan',
    '## The way forward',
    '## Next steps',
  ];
  for (const heading of recommendationHeadings) {
    it(`knows "${heading}" as a Recommendations heading`, () => {
      assert.equal(at(`# Brief\n\n${heading}\n\n‸`).context.section, 'recommendations');
    });
  }

  for (const heading of ['## Key facts', '## Key figures', '### Facts and figures', '## Pakistan in numbers', '## Statistics']) {
    it(`knows "${heading}" as a Key facts heading`, () => {
      assert.equal(at(`${heading}\n\n‸`).context.section, 'keyFacts');
    });
  }

  it('keeps the section under a subheading and ends it at a sibling heading', () => {
    assert.equal(at('## Recommendations\n\n### Security\n\nText.\n\n‸').context.section, 'recommendations');
    assert.equal(at('## Recommendations\n\nText.\n\n## Analysis\n\n‸').context.section, 'other');
    assert.equal(at('## Summary\n\n‸').context.section, 'other');
  });

  it('sees headings typed since the last analysis', () => {
    const analysed = '## Recommendations\n\nText.\n';
    assert.equal(at(`${analysed}\n## Analysis\n\n‸`, analysed).context.section, 'other');
    assert.equal(at(`## Analysis\n\nText.\n\n## Recommendations\n\n‸`, '## Analysis\n\nText.\n').context.section, 'recommendations');
  });

  it('is verbatim in code fences, front matter and HTML comments', () => {
    assert.equal(at('## Recommendations\n\n```\n‸\n```\n').context.verbatim, true);
    assert.equal(at('## Recommendations\n\n~~~~md\ntext\n‸').context.verbatim, true);
    assert.equal(at('---\ntitle: ‸\n---\n\n# Brief\n').context.verbatim, true);
    assert.equal(at('## Recommendations\n\n<!--\n‸\n-->\n').context.verbatim, true);
    assert.equal(at('## Recommendations\n\n```\ncode\n```\n\n‸').context.verbatim, false);
  });

  it('finds a key facts table by its heading or by its header', () => {
    const table = '| Measure | Figure | Source |\n| --- | --- | --- |\n';
    assert.equal(at(`## Key facts\n\n${table}‸`).context.keyFactsTable, true);
    assert.equal(at(`## Background\n\n${table}| ‸`).context.keyFactsTable, true);
    assert.equal(at(`## Key facts\n\n| Year | Event |\n| --- | --- |\n‸`).context.keyFactsTable, true);
    assert.equal(at(`## Background\n\n| Year | Event |\n| --- | --- |\n‸`).context.keyFactsTable, false);
    assert.equal(at(`## Key facts\n\n| Measure | Figure |\n‸`).context.keyFactsTable, false, 'no delimiter row yet');
  });

  it('takes an entry only where a line starts one', () => {
    const { context, text } = at('## Recommendations\n\n- ‸');
    assert.deepEqual(context.entry, { marker: 'list', start: text.length });
    assert.equal(at('## Recommendations\n\n1. yo‸').context.entry?.marker, 'list');
    assert.equal(at('## Recommendations\n\nyo‸').context.entry?.marker, 'none');
    assert.equal(at('## Recommendations\n\nPakistan should ‸').context.entry, undefined);
    assert.equal(at('## Recommendations\n\n‸ text after').context.entry, undefined);
  });
});

describe('recommendation completions', () => {
  it('offers every recommendation of every fact base, in fact base order, with its citation', () => {
    const entries = ofKind(at('## Recommendations\n\n‸').result.entries, 'recommendation');
    assert.deepEqual(entries.map((e) => e.label), knowledge.recommendations.map((r) => r.title));
    assert.ok(entries.some((e) => e.label.includes('NACTA')), 'the workspace fact base is included');
    entries.forEach((entry, i) => {
      const recommendation = knowledge.recommendations[i]!;
      assert.equal(entry.snippet, recommendationSnippet(recommendation, knowledge));
      assert.ok(entry.snippet.includes(knowledge.cite(recommendation)));
      assert.equal(entry.detail, knowledge.cite(recommendation));
      assert.match(entry.filterText, new RegExp(recommendation.id.split('-')[0]!));
    });
    assert.deepEqual(entries.map((e) => e.sortText), [...entries.map((e) => e.sortText)].sort());
  });

  it('inserts after a list marker without adding one, replacing the word typed', () => {
    const { result, text } = at('## Recommendations\n\n- yo‸');
    const entry = ofKind(result.entries, 'recommendation')[0]!;
    assert.equal(text.slice(entry.start, entry.end), 'yo');
    assert.doesNotMatch(entry.snippet, /^- /);
  });

  it('leaves out what the editor bundles', () => {
    const text = '## Recommendations\n\n';
    const input = { text, offset: text.length, prose: parseProse(text), proseText: text, knowledge };
    const entries = completions({ ...input, bundled: { recommendationFiles: new Set([DEFAULT]), skeleton: true } }).entries;
    assert.deepEqual(entries.map((e) => e.label), ['Give NACTA the lead in counter-terrorism coordination']);
  });

  it('offers nothing in a code fence or under another heading', () => {
    assert.equal(at('## Recommendations\n\n```\n‸').result.entries.length, 0);
    assert.equal(ofKind(at('## Analysis\n\n‸').result.entries, 'recommendation').length, 0);
  });
});

describe('key facts completions', () => {
  const table = '## Key facts\n\n| Measure | Figure | Source |\n| --- | --- | --- |\n';

  it('offers table rows with the source figures, hedges, attributions and citations', () => {
    const rows = ofKind(at(`${table}‸`).result.entries, 'keyFact');
    assert.equal(rows.length, knowledge.facts.filter((f) => f.value).length);
    assert.ok(rows.some((r) => r.snippet === '| Fatalities from terrorist attacks, 2024 | over 1,612 according to CRSS | Ali, Stratheia (2025), ¶7 |'));
  });

  it('replaces a pipe already typed', () => {
    const { result, text } = at(`${table}| ‸`);
    const row = ofKind(result.entries, 'keyFact')[0]!;
    assert.equal(text.slice(row.start, row.end), '| ');
    assert.match(row.filterText, /^\| /);
  });

  it('offers list items under a Key facts heading, adding the bullet only when missing', () => {
    const items = ofKind(at('## Key facts\n\n- ‸').result.entries, 'keyFact');
    assert.ok(items.some((i) => i.snippet === 'Fatalities from terrorist attacks, 2024: over 1,612 according to CRSS (Ali, Stratheia (2025), ¶7).'));
    const bare = ofKind(at('## Key facts\n\n‸').result.entries, 'keyFact');
    assert.ok(bare.every((i) => i.snippet.startsWith('- ')));
  });
});

describe('actor completions', () => {
  it('gives the canonical name for two or more letters of an alias, replacing the word', () => {
    const { result, text } = at('Talks with Mutt‸ failed.');
    const [entry] = ofKind(result.entries, 'actor');
    assert.equal(entry?.label, 'Amir Khan Muttaqi');
    assert.equal(entry?.filterText, 'Muttaqi');
    assert.equal(entry?.detail, 'person');
    assert.equal(text.slice(entry!.start, entry!.end), 'Mutt');
    assert.match(entry!.documentation, /Acting foreign minister/);
    assert.equal(result.incomplete, true);
  });

  it('matches case- and diacritic-insensitively, and whole phrases', () => {
    assert.ok(ofKind(at('talks with mutt‸').result.entries, 'actor').some((e) => e.label === 'Amir Khan Muttaqi'));
    const { result, text } = at('A meeting with Amir Kh‸');
    const entry = ofKind(result.entries, 'actor').find((e) => e.label === 'Amir Khan Muttaqi')!;
    assert.equal(text.slice(entry.start, entry.end), 'Amir Kh');
    assert.ok(ofKind(at('Pakistan and the Tehrik-e-Tal‸').result.entries, 'actor').some((e) => e.label === 'Tehreek-i-Taliban Pakistan'));
  });

  it('needs two letters and prose', () => {
    assert.equal(ofKind(at('Talks with M‸').result.entries, 'actor').length, 0);
    assert.equal(ofKind(at('Talks with `Mutt‸`').result.entries, 'actor').length, 0);
    assert.equal(ofKind(at('```\nMutt‸\n```\n').result.entries, 'actor').length, 0);
    assert.equal(ofKind(at('---\ntitle: Mutt‸\n---\n\nText.\n').result.entries, 'actor').length, 0);
    assert.equal(ofKind(at('See [the talks](https://example.org/Mutt‸).').result.entries, 'actor').length, 0);
  });

  it('offers actors in text typed since the last analysis', () => {
    const analysed = '# Brief\n\nText.\n';
    assert.ok(ofKind(at(`${analysed}\nTalks with Mutt‸`, analysed).result.entries, 'actor').length > 0);
    assert.equal(ofKind(at(`${analysed}\n\`\`\`\nMutt‸`, analysed).result.entries, 'actor').length, 0);
  });
});

describe('skeleton completion', () => {
  it('is offered in an empty document unless the editor bundles it', () => {
    const [entry] = at('‸').result.entries;
    assert.equal(entry?.kind, 'skeleton');
    assert.match(entry!.snippet, /## Key facts/);
    assert.equal(ofKind(at('bri‸').result.entries, 'skeleton').length, 1);
    assert.equal(ofKind(at('# Brief\n\n‸').result.entries, 'skeleton').length, 0);
    const input = { text: '', offset: 0, prose: parseProse(''), proseText: '', knowledge };
    assert.equal(completions({ ...input, bundled: { recommendationFiles: new Set(), skeleton: true } }).entries.length, 0);
  });
});

describe('completion speed', () => {
  it('answers in a 1 MB document from a stale analysis without parsing it again', () => {
    const paragraph = 'The TTP operates from Afghanistan, and Pakistan suffered over 1,612 fatalities in 2024.\n\n';
    const analysed = `# Brief\n\n${paragraph.repeat(12_000)}## Recommendations\n\n`;
    const prose = parseProse(analysed);
    const text = `${analysed}- Mutt`;
    const started = performance.now();
    for (let i = 0; i < 20; i++) completions({ text, offset: text.length, prose, proseText: analysed, knowledge });
    const each = (performance.now() - started) / 20;
    assert.ok(each < 25, `${each.toFixed(1)} ms per completion`);
    const { entries } = completions({ text, offset: text.length, prose, proseText: analysed, knowledge });
    assert.equal(ofKind(entries, 'recommendation').length, knowledge.recommendations.length);
    assert.equal(ofKind(entries, 'actor')[0]?.label, 'Amir Khan Muttaqi');
  });
});
