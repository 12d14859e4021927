import * as assert from 'node:assert/strict';
import { ProseParser } from '../../server/src/engine/markdown/incremental';
import type { ProseDocument } from '../../server/src/engine/markdown/model';
import { parseProse } from '../../server/src/engine/markdown/prose';
import { renderSection } from '../../server/src/engine/markdown/render';
import { frontMatterEnd, splitSections } from '../../server/src/engine/markdown/sections';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { oneRun, parseRuns } from '../../server/src/engine/markdown/gfm';
import { remarkProse } from './remarkProse';
import { isPlain, plainParser } from '../../server/src/engine/markdown/plain';
import { generateBrief, prng } from '../fixtures/markdown/generate';

const FFFC = '\uFFFC';

function texts(doc: ProseDocument): string[] {
  return doc.blocks.map((block) => block.text);
}

function allText(source: string): string {
  return texts(parseProse(source)).join('\n');
}

/** Every rendered character sits at a source character that produces it. */
function assertOffsetsExact(source: string, doc: ProseDocument): void {
  for (const block of doc.blocks) {
    assert.equal(block.offsets.length, block.text.length + 1, block.text);
    for (let i = 0; i < block.text.length; i++) {
      const rendered = block.text[i];
      const at = source[block.offsets[i]];
      const ok = rendered === at || rendered === ' ' || rendered === FFFC || at === '&' || at === '\\' ||
        (rendered === '\uFFFD' && at === '\0');
      if (!ok || block.offsets[i + 1] < block.offsets[i]) {
        assert.fail(`${JSON.stringify(rendered)} at ${block.offsets[i]} is ${JSON.stringify(at)} in ${JSON.stringify(block.text)}`);
      }
    }
  }
}


/** What two parses must agree on: every block's kind, depth, text and offsets. */
function comparable(blocks: readonly { kind: string; depth: number; text: string; offsets: number[] }[]) {
  return blocks.map(({ kind, depth, text, offsets }) => ({ kind, depth, text, offsets }));
}

/** The document parsed section by section renders as remark's tree of the whole does (remarkProse.ts). */
function assertAgreesWithRemark(text: string, label: string): void {
  assert.deepEqual(comparable(parseProse(text).blocks), comparable(remarkProse(text, frontMatterEnd(text) > 0)), label);
}

/** `text` with `steps` random insertions from `pieces`, each deleting up to `maxDeleted` characters. */
function damaged(text: string, seed: number, pieces: readonly string[], steps: number, maxDeleted: number): string {
  const random = prng(seed);
  for (let step = 0; step < steps; step++) {
    const at = Math.floor(random() * (text.length + 1));
    text = text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(at + Math.floor(random() * (maxDeleted + 1)));
  }
  return text;
}

function timed<T>(run: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
}

describe('parseProse: what is never prose', () => {
  const cases: Record<string, string> = {
    'YAML front matter': '---\nfatalities: 1,700\n---\nText.\n',
    'TOML front matter': '+++\nfatalities = "1,700"\n+++\nText.\n',
    'fenced code (backticks)': 'Text.\n\n```\n1,700\n```\n',
    'fenced code (tildes) with blank lines': 'Text.\n\n~~~md\nA\n\n1,700\n\n# 1,700\n~~~\n',
    'indented code': 'Text.\n\n    1,700 attacks\n',
    'inline code': 'We saw `1,700` attacks.\n',
    'link destination': 'See [the report](https://x.org/1,700) now.\n',
    'autolink': 'See <https://x.org/1,700> now.\n',
    'literal autolink': 'See https://x.org/1,700 and www.x.org/1,700 now.\n',
    'link reference definition': 'See [the report][r].\n\n[r]: https://x.org/1,700 "1,700"\n',
    'HTML comment': 'Text <!-- 1,700 --> here.\n\n<!--\n1,700\n-->\n',
    'HTML block': '<div>\n1,700 attacks\n</div>\n\nText.\n',
    'inline HTML attribute': 'Text <span title="1,700">here</span>.\n',
    'image alt': 'Chart: ![1,700 attacks](c.png) and ![1,700][img].\n\n[img]: c.png\n',
    'footnote label': 'Text.[^1,700]\n\n[^1,700]: A note.\n',
    'code in a list item': '- item\n\n  ```\n  1,700\n  ```\n',
    'code in a blockquote': '> quote\n>\n> ```\n> 1,700\n> ```\n',
  };
  for (const [name, source] of Object.entries(cases)) {
    it(name, () => {
      const doc = parseProse(source);
      assert.ok(!allText(source).includes('1,700'), JSON.stringify(texts(doc)));
      assert.ok(!allText(source).includes('1700'));
      assertOffsetsExact(source, doc);
    });
  }

  it('replaces inline code, images, HTML and autolinks by one U+FFFC', () => {
    assert.deepEqual(texts(parseProse('a `b` c ![d](e) f <b>g</b> <https://h.i> j\n')),
      [`a ${FFFC} c ${FFFC} f ${FFFC}g${FFFC} ${FFFC} j`]);
    assert.deepEqual(texts(parseProse('x`y`z\n')), [`x${FFFC}z`]);
  });
});

describe('parseProse: what is prose', () => {
  const cases: Record<string, [string, string]> = {
    'ATX heading': ['## 1,700 attacks ##\n', 'heading'],
    'setext heading': ['Attacks reached\n1,700\n=====\n', 'heading'],
    'table cell': ['| a | b |\n|---|---|\n| TTP | 1,700 |\n', 'tableCell'],
    'list item': ['- one\n- two 1,700\n  continued\n', 'listItem'],
    'ordered nested list item': ['1. one\n   - 1,700\n', 'listItem'],
    'blockquote': ['> They counted\n> 1,700 deaths.\n', 'paragraph'],
    'emphasis': ['*1,700* and __444__ and ~~95%~~.\n', 'paragraph'],
    'link text': ['[1,700 deaths](https://x.org) per [CRSS][r].\n\n[r]: https://crss.pk\n', 'paragraph'],
    'footnote content': ['Text.[^n]\n\n[^n]: As of 1,700.\n', 'paragraph'],
  };
  for (const [name, [source, kind]] of Object.entries(cases)) {
    it(name, () => {
      const doc = parseProse(source);
      const block = doc.blocks.find((b) => b.text.includes('1,700'));
      assert.ok(block, JSON.stringify(texts(doc)));
      assert.equal(block.kind, kind);
      assertOffsetsExact(source, doc);
    });
  }

  it('renders soft and hard line breaks as one space', () => {
    assert.deepEqual(texts(parseProse('a\nb  \nc\\\nd\r\ne\n')), ['a b c d e']);
  });

  it('keeps heading context and depth', () => {
    const doc = parseProse('Intro.\n\n# Top\n\nOne.\n\n## Sub *x*\n\nTwo.\n');
    assert.deepEqual(doc.blocks.map((b) => [b.kind, b.depth, b.text, b.heading, b.headingDepth]), [
      ['paragraph', 0, 'Intro.', '', 0],
      ['heading', 1, 'Top', '', 0],
      ['paragraph', 0, 'One.', 'Top', 1],
      ['heading', 2, 'Sub x', 'Top', 1],
      ['paragraph', 0, 'Two.', 'Sub x', 2],
    ]);
  });

  it('groups cells by row and paragraphs by list item, otherwise one group per block', () => {
    const doc = parseProse('| a | b |\n|---|---|\n| c | d |\n\n- e\n\n  f\n- g\n\nh\n\ni\n');
    const group = (text: string) => doc.blocks.find((b) => b.text === text)!.group;
    assert.equal(group('a'), group('b'));
    assert.equal(group('c'), group('d'));
    assert.notEqual(group('a'), group('c'));
    assert.equal(group('e'), group('f'));
    assert.notEqual(group('e'), group('g'));
    assert.notEqual(group('h'), group('i'));
  });

  it('numbers the rows of one table consecutively, and not across two tables a blank line apart', () => {
    const doc = parseProse('| a | b |\n|---|---|\n| c | d |\n\n| e | f |\n|---|---|\n| g | h |\n');
    const group = (text: string) => doc.blocks.find((b) => b.text === text)!.group;
    assert.equal(group('c'), group('a') + 1);
    assert.equal(group('g'), group('e') + 1);
    assert.notEqual(group('e'), group('c') + 1);
  });

  it('renders a reference link as its text when the definition is in another section', () => {
    const filler = generateBrief(40_000).replace(/\[[^\]]*\]: .*\n/g, '');
    const source = `See [1,700 deaths][far] and [CRSS].\n\n${filler}[far]: https://x.org/far\n[crss]: https://crss.pk\n`;
    assert.ok(splitSections(source).length > 3);
    const doc = parseProse(source);
    assert.equal(doc.blocks[0].text, 'See 1,700 deaths and CRSS.');
    assert.ok(!texts(doc).some((t) => t.includes('x.org') || t.includes('crss.pk')));
    assertOffsetsExact(source, doc);
  });
});

describe('parseProse: exact offsets', () => {
  it('maps escapes and character references to their first source character', () => {
    const source = 'A \\*b\\* &amp; c&#8212;d&nbsp;e &#x1F600; &bogus; f\n';
    const [block] = parseProse(source).blocks;
    assert.equal(block.text, 'A *b* & c\u2014d\u00a0e \u{1F600} &bogus; f');
    const at = (needle: string) => block.offsets[block.text.indexOf(needle)];
    assert.equal(at('*b'), source.indexOf('\\*b'));
    assert.equal(at('&'), source.indexOf('&amp;'));
    assert.equal(at('\u2014'), source.indexOf('&#8212;'));
    assert.equal(at('\u00a0'), source.indexOf('&nbsp;'));
    assert.equal(at('\u{1F600}'), source.indexOf('&#x1F600;'));
    assert.equal(at('&bogus'), source.indexOf('&bogus'));
    assert.equal(block.offsets[block.text.length], source.indexOf('\n'));
  });

  it('skips blockquote markers and list indentation on continuation lines', () => {
    const source = '> > one\n> > two\n> three\n\n- a\n  b\n    c\n\n> x\n    >lazy\n';
    const doc = parseProse(source);
    assert.deepEqual(texts(doc), ['one two three', 'a b c', 'x >lazy']);
    assertOffsetsExact(source, doc);
    const [quote, item, lazy] = doc.blocks;
    assert.equal(quote.offsets[quote.text.indexOf('two')], source.indexOf('two'));
    assert.equal(quote.offsets[3], source.indexOf('\n'));
    assert.equal(item.offsets[item.text.indexOf('c')], source.indexOf('c\n'));
    assert.equal(lazy.offsets[lazy.text.indexOf('>')], source.indexOf('>lazy'));
  });

  it('handles CRLF and CR line endings', () => {
    const source = '# Title\r\n\r\nOne\r\ntwo &amp;\r\n> three\rfour\r\n';
    const doc = parseProse(source);
    assert.deepEqual(texts(doc), ['Title', 'One two &', 'three four']);
    assertOffsetsExact(source, doc);
    assert.equal(doc.blocks[1].offsets[3], source.indexOf('\r\ntwo'));
  });

  it('gives exact offsets throughout a realistic brief', () => {
    const source = generateBrief(100_000);
    assertOffsetsExact(source, parseProse(source));
  });
});

describe('parseProse: comments', () => {
  it('collects block and inline HTML comments with exact offsets, not those in code', () => {
    const source = [
      '<!-- policy-brief-disable-next-line -->',
      'Text <!-- policy-brief-disable-line --> more.',
      '',
      '> <!--quoted-->',
      '',
      '```',
      '<!-- in code -->',
      '```',
      'And `<!-- in inline code -->`.',
      '',
    ].join('\n');
    const { comments } = parseProse(source);
    assert.deepEqual(comments.map((c) => c.text), ['policy-brief-disable-next-line', 'policy-brief-disable-line', 'quoted']);
    for (const comment of comments) {
      assert.ok(source.slice(comment.start, comment.end).startsWith('<!--'));
      assert.ok(source.slice(comment.start, comment.end).endsWith('-->'));
    }
  });
});

describe('plain prose is rendered without remark exactly as remark renders it', () => {
  const plainRun = (markdown: string) => [{ start: 0, end: markdown.length, parser: plainParser }];
  const plain = [
    'CRSS counted over 1,612 fatalities in 2024.',
    '## Key findings\nAttacks rose to 444 (up 24%) in 2024.\nThe TTP denied it.\n\n\n',
    '# One\n\n###### Six levels\n\nText with tabs\tinside, #hash, 50 - 5 = 45, a: b, "quotes" and \'apostrophes\'.',
    'Lines ending in CRLF\r\nare kept as written.\r\n\r\n## Heading\r\n',
    '\n\nLeading blank lines, then text. Unicode — dashes… and 1 612 with a thin space.',
    'See https://crss.pk/report or www.example.org, or write to info@crss.pk.',
  ];
  for (const source of plain) {
    it(JSON.stringify(source), () => {
      assert.ok(isPlain(source));
      assert.deepEqual(comparable(renderSection(source, '', false, plainRun).blocks), comparable(remarkProse(source, false)));
    });
  }

  it('leaves to remark every line that could be anything but plain text', () => {
    const notPlain = ['*x*', 'a_b_', 'a `b`', 'a [b]', '![a](b)', 'a <b>', 'a &amp; b', 'a ~~b~~', 'a | b', 'a\\b',
      '- item', '+ item', '* item', '1. item', '2024) item', '> quote', '    code', '\tcode', ' indented', 'Title\n===',
      'Title\n---', '# Closed #', '#hashtag', '#', 'hard break  \nnext', 'lone\rCR', 'NUL\0', '```', '~~~', '<!-- c -->'];
    for (const source of notPlain) assert.equal(isPlain(source), false, JSON.stringify(source));
  });
});

describe('each Markdown construct is rendered as remark renders it', () => {
  const sources = [
    '- [ ] Task with 1,700 deaths.\n- [x]\tDone on 24 December.\n',
    'Setext heading\n==============\n\nSecond\nline\n---\n',
    'Hard break\\\nand  \ntrailing, then\na soft one.',
    '&#x31;,612 &#49;&nbsp;612 &bogus; &amp; \\| \\* and NUL\0here.',
    '![1,700 killed](x.png) <https://x.org/1,700> www.x.org/1,700 a@b.org [^n] `1,700`\n\n[^n]: Over 1,612 *deaths*.\n',
    '[text 1,612](u "1,700") and [ref 444][r], [r], [r][] and [missing][].\n\n[r]: /u\n',
    '**Bold *nested www.x.org* ~~struck 1,700~~** <b>x</b> <!-- c --> after.',
    '> Quoted 444\nlazy line\n> > nested\n\n1. one\n   - two\n\n     para in two\n3) three',
    '| Year | Attacks |\n|---|--:|\n| 2024 | 444 \\| 1 |\n| | |\n',
    '# Closed heading #\n\n#\n\n## *Emphasis* heading ##   \n',
    '\tIndented code\n\n```\nfenced 1,700\n```\n\n<div>\nhtml 1,700\n</div>\n\nText.',
  ];
  for (const source of sources) {
    it(JSON.stringify(source), () => {
      assertAgreesWithRemark(source, source);
    });
  }
});

describe('literal autolinks agree with remark-gfm', () => {
  /** What remark-gfm itself makes of a one-paragraph source: each literal autolink as U+FFFC. */
  function gfmText(source: string): string {
    const tree = unified().use(remarkParse).use(remarkGfm).parse(source);
    const paragraph = tree.children[0];
    assert.equal(paragraph?.type, 'paragraph');
    return paragraph.children.map((node) => (node.type === 'text' ? node.value : FFFC)).join('');
  }
  const cases = [
    'See https://x.org/1,700. Or www.x.org/a_(b)), then http://x.org/?q=1&r=2!',
    'Mail ali@crss.pk, or mailto:ali@crss.pk and xmpp:ali@crss.pk/home. Not ali@crss.pk_ nor a@b.c1',
    '(https://x.org) [www.x.org] *www.x.org* ~www.x.org 1https://x.org xwww.x.org www.x_y.org',
    'https://x.org/1,612 fatalities; www.crss.pk: 444 attacks; https://a.b/c?d=(e)f) g',
    'trailing www.x.org/path?. and www.x.org/(a)). and https://x.org/",\'.',
    'emails: a.b+c@x-y.co.uk, -a@x.org, .a@x.org, a@x.org. a@-x.org a@x-.org user@localhost',
  ];
  for (const source of cases) {
    it(JSON.stringify(source), () => {
      assert.deepEqual(texts(parseProse(source)), [gfmText(source)]);
      assertOffsetsExact(source, parseProse(source));
    });
  }
});

describe('sections and the whole document agree', () => {
  it('parses a realistic brief section by section exactly as in one piece', () => {
    const source = generateBrief(200_000);
    assert.ok(splitSections(source).length > 20);
    // The brief has tables, footnotes, strikethrough and reference links: one parse with all
    // of GFM against sections cut into runs with and without tables (gfm.ts). Literal
    // autolinks are found alike in both (and agree with remark-gfm, tested above).
    assert.deepEqual(comparable(parseProse(source).blocks), comparable(remarkProse(source, true)));
    assert.deepEqual(comparable(renderSection(source, '', true, oneRun).blocks), comparable(remarkProse(source, true)));
    assert.ok(frontMatterEnd(source) > 0);
  });

  it('parses with tables only the runs of a section that may hold one, and plain prose without remark', () => {
    const source = 'Prose *1,700*.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nMore prose | not a table.\n\n# Next\n\nPlain.\n';
    const runs = parseRuns(source);
    assert.deepEqual(runs.map((r) => source.slice(r.start, r.end)),
      ['Prose *1,700*.\n\n', '| a | b |\n|---|---|\n| 1 | 2 |\n\n', 'More prose | not a table.\n\n', '# Next\n\nPlain.\n']);
    assert.equal(runs[0].parser, runs[2].parser);
    assert.notEqual(runs[0].parser, runs[1].parser);
    assert.equal(runs[3].parser, plainParser);
    assert.equal(parseRuns('No table | here.\n\nNone *here*.\n').length, 1);
  });

  it('parses typical briefs (mostly plain prose) as remark does, also after random damage', () => {
    const pieces = ['x', '\n', '\n\n', '# ', '```\n', '- ', '> ', '  ', '\t', '1. ', '---\n', '===\n', '*', '_', '[x]', '<b>',
      '&amp;', '\\', '`', '~', '|', '  \n', '\r\n', '\r', '#', '2024) '];
    for (let seed = 1; seed <= 12; seed++) {
      // Seed 1 undamaged: the brief as generated.
      const text = damaged(generateBrief(20_000, seed, 'typical'), seed, pieces, seed > 1 ? 40 : 0, 2);
      assertAgreesWithRemark(text, `seed ${seed}`);
    }
  });

  it('agrees after random damage to a brief (unclosed fences, HTML, broken definitions…)', () => {
    const pieces = ['x', '\n', '\n\n', '# ', '```\n', '~~~\n', '- ', '> ', '|', '[crss]', '[crss]: u\n', '&amp;',
      '\\*', '<!--', '-->', '<div>\n', '    ', '1. ', '---\n', '===\n', '[^note]', '<script>', '(https://x.org)'];
    for (let seed = 1; seed <= 12; seed++) {
      const text = damaged(generateBrief(15_000, seed), seed, pieces, 30, 3);
      assertAgreesWithRemark(text, `seed ${seed}`);
    }
  });

  it('agrees after damage with inline constructs that end text nodes or hide text', () => {
    // Each piece exercises a rule of the event renderer (markdown/events.ts): breaks, task
    // checks, setext underlines, references, escapes, images, autolinks, footnotes, NUL.
    const pieces = ['x', '\n', '\n\n', '\\\n', '  \n', '- [ ] ', '- [x]\t', '\n===\n', '\n---\n', '&#x31;', '&#49;', '&nbsp;',
      '&bogus;', '\\|', '![1,700](x.png)', '<https://x.org/1,700>', 'www.x.org ', ' a@b.org', '[^n]', '[^n]: 1,700\n', '**', '~~',
      '[t](u "1,700")', '[t][r]', '[r]: /u\n', '<!-- c -->', '`', '\0', '\t', '> ', '    ', '| a | b |\n|---|---|\n'];
    for (let seed = 1; seed <= 16; seed++) {
      const text = damaged(generateBrief(12_000, seed, seed % 2 ? 'typical' : 'markup-dense'), seed, pieces, 40, 2);
      assertAgreesWithRemark(text, `seed ${seed}`);
    }
  });

  it('never cuts inside front matter, fences or raw HTML blocks', () => {
    const body = 'Paragraph.\n\n'.repeat(300);
    const source = `---\na: 1\n\nb: 2\n---\n\n${body}\`\`\`\n${body}\`\`\`\n\n<!--\n${body}-->\n\n${body}`;
    const sections = splitSections(source);
    const cuts = sections.slice(1).map((s) => s.start);
    const inside = (open: string, close: string) => {
      const from = source.indexOf(open);
      const to = source.indexOf(close, from + open.length);
      return cuts.some((cut) => cut > from && cut <= to);
    };
    assert.ok(!inside('---', '---\n\n'));
    assert.ok(!inside('```', '```\n\n'));
    assert.ok(!inside('<!--', '-->'));
    assert.equal(sections[0].start, 0);
    assert.equal(sections[sections.length - 1].end, source.length);
  });
});

describe('ProseParser: incremental', () => {
  it('re-parses only the edited section and reuses the others', () => {
    const source = generateBrief(300_000);
    const parser = new ProseParser();
    const first = parser.parse(source);
    assert.equal(parser.lastStats.reused, 0);
    const at = source.indexOf('Attacks in', 150_000);
    const edited = source.slice(0, at) + 'X' + source.slice(at);
    const second = parser.parse(edited);
    assert.ok(parser.lastStats.parsed <= 2, JSON.stringify(parser.lastStats));
    assert.ok(parser.lastStats.reused >= parser.lastStats.sections - 2);
    // Blocks before the edit keep their very offsets arrays; blocks after it are shifted.
    assert.equal(second.blocks[1].offsets, first.blocks[1].offsets);
    assert.deepEqual(second, parseProse(edited));
  });

  it('matches a fresh parse after random edits (property test)', () => {
    const random = prng(444);
    const pieces = ['', 'x', '\n', '\n\n', '# ', '```\n', '- ', '> ', '|', '[crss]', '[crss]: u\n', '&amp;', '\\*', '<!--', '-->', '1,612 '];
    const parser = new ProseParser();
    let text = generateBrief(20_000);
    for (let step = 0; step < 40; step++) {
      const at = Math.floor(random() * (text.length + 1));
      const removed = Math.floor(random() * 4);
      text = text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(at + removed);
      const incremental = parser.parse(text);
      assert.deepEqual(incremental, parseProse(text), `step ${step}`);
      assertOffsetsExact(text, incremental);
    }
  });
});

describe('pathological inputs finish quickly and do not throw', () => {
  const inputs: Record<string, () => string> = {
    'a list nested 800 levels': () => Array.from({ length: 800 }, (_, i) => '  '.repeat(i) + '- item').join('\n'),
    '10,000 nested blockquotes': () => '>'.repeat(10_000) + ' deep\n',
    'alternating list and quote markers': () => '- > '.repeat(5_000) + 'x\n',
    'a 1 MB single line': () => 'word 1,612 *em* '.repeat(65_536),
    'a 10 MB single line': () => 'a'.repeat(10 << 20),
    'NUL bytes and binary junk': () => {
      const random = prng(7);
      return Array.from({ length: 200_000 }, () => String.fromCharCode(Math.floor(random() * 256))).join('');
    },
    'lone surrogates': () => 'a \ud800 b \udc00 c\n\n# \udfff\n'.repeat(10_000),
    'unclosed constructs': () => '*a [b `c <d '.repeat(20_000),
    'an unclosed fence': () => 'Text.\n\n```\n' + 'code\n\n'.repeat(50_000),
  };
  for (const [name, make] of Object.entries(inputs)) {
    it(name, () => {
      const source = make();
      const { ms, result } = timed(() => parseProse(source));
      assert.ok(ms < 3000, `${ms} ms`);
      assertOffsetsExact(source, result);
    });
  }

  it('reports what it skips and why', () => {
    const deep = Array.from({ length: 800 }, (_, i) => '  '.repeat(i) + '- item').join('\n');
    const source = `Before 1,612.\n\n${deep}\n\nAfter 444.\n`;
    const doc = parseProse(source);
    assert.deepEqual(texts(doc), ['Before 1,612.', 'After 444.']);
    assert.equal(doc.skipped.length, 1);
    assert.match(doc.skipped[0].reason, /nested/);
    assert.equal(source.slice(doc.skipped[0].start, doc.skipped[0].end).trim(), deep);
  });
});
