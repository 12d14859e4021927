/**
 * `npm run bench`: the figures issue 3 asks for, as medians.
 *  1. A full check (parse, actors, claims, linking, findings) of an 8 KB and a 1 MB brief, each
 *     as a ratio to a bare `unified().use(remarkParse).parse()` of the same text in this run.
 *  2. The server's latency from a one-character edit of the 1 MB brief to the diagnostics it
 *     publishes for that version, over stdio, beside the debounce delay it includes.
 * A benchmark, not a test: it prints numbers and asserts nothing. Run `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { BriefAnalyzer } from '../server/src/engine/analyze';
import { buildKnowledge } from '../server/src/engine/factbase/knowledge';
import { parseFactBase } from '../server/src/engine/factbase/load';
import { generateBrief, type BriefMix } from '../test/fixtures/markdown/generate';
import { DEFAULT_FACTS, fileUri, positionOf, TestClient } from '../test/lsp/client';

const DEBOUNCE_MS = 150;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function timeRuns(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

function loadDefaultKnowledge() {
  const parsed = parseFactBase(DEFAULT_FACTS, readFileSync(DEFAULT_FACTS, 'utf8'));
  if (!parsed.data) throw new Error(`the default fact base has problems: ${JSON.stringify(parsed.problems)}`);
  return buildKnowledge([parsed.data]).knowledge;
}

function benchCheck(label: string, bytes: number, mix: BriefMix, runs: number, warmups: number): void {
  const knowledge = loadDefaultKnowledge();
  const text = generateBrief(bytes, undefined, mix);
  // Warm both paths alike so the medians compare steady states, as in a running server, not
  // the JIT's first compilations (which weigh most on small inputs).
  for (let i = 0; i < warmups; i++) {
    unified().use(remarkParse).parse(text);
    new BriefAnalyzer().analyze(text, knowledge);
  }
  const bare = timeRuns(runs, () => unified().use(remarkParse).parse(text));
  // A fresh analyzer each run: a full check from nothing, no section cache.
  const full = timeRuns(runs, () => new BriefAnalyzer().analyze(text, knowledge));
  console.log(
    `${label.padEnd(26)} bare remark-parse ${bare.toFixed(1).padStart(8)} ms   full check ${full.toFixed(1).padStart(8)} ms   ratio ${(full / bare).toFixed(2)}  (target <= 1.5)`,
  );
}

async function benchEditLatency(edits: number): Promise<void> {
  const text = generateBrief(1024 * 1024);
  const file = path.join(process.cwd(), 'bench-1mb-brief.md');
  const uri = fileUri(file);
  const client = new TestClient();
  client.settings = { diagnostics: { debounceMs: DEBOUNCE_MS } };
  try {
    await client.initialize([]);
    await client.loaded;
    await client.open(uri, text);
    await client.waitForDiagnostics(uri, () => true, 60_000);
    const latencies: number[] = [];
    // Alternate inserting and deleting one character in the middle of the document.
    const at = positionOf(text, 'fatalities', 200);
    for (let i = 0; i < edits; i++) {
      const insert = i % 2 === 0;
      const range = { start: at, end: insert ? at : { line: at.line, character: at.character + 1 } };
      const start = performance.now();
      const version = await client.edit(uri, range, insert ? 'x' : '');
      await client.nextDiagnostics(uri, (_d, published) => published === version, 30_000);
      latencies.push(performance.now() - start);
    }
    const total = median(latencies);
    console.log(
      `edit → diagnostics on 1 MB: median ${total.toFixed(1)} ms over ${edits} edits, of which debounce ${DEBOUNCE_MS} ms; beyond the debounce ${(total - DEBOUNCE_MS).toFixed(1)} ms (target < 100)`,
    );
  } finally {
    await client.stop();
  }
}

async function main(): Promise<void> {
  console.log(`policy-brief benchmark (node ${process.version}, medians)`);
  // Typical briefs are mostly plain paragraphs; the markup-dense mix has markup in most
  // sentences (test/fixtures/markdown/generate.ts), the worst case for the Markdown side.
  benchCheck('8 KB brief, typical', 8 * 1024, 'typical', 41, 30);
  benchCheck('1 MB brief, typical', 1024 * 1024, 'typical', 7, 1);
  benchCheck('8 KB brief, markup-dense', 8 * 1024, 'markup-dense', 41, 30);
  benchCheck('1 MB brief, markup-dense', 1024 * 1024, 'markup-dense', 7, 1);
  await benchEditLatency(21);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
