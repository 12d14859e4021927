/**
 * Writes snippets/policy-brief.code-snippets from the default fact base, so the shipped snippets
 * are always the fact base's recommendations and figures.
 *
 *   node --import tsx scripts/generate-snippets.ts           write the file
 *   node --import tsx scripts/generate-snippets.ts --check   exit 1 if the file on disk differs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildKnowledge } from '../server/src/engine/factbase/knowledge';
import { parseFactBase } from '../server/src/engine/factbase/load';
import { buildSnippetFile, formatSnippetFile } from '../server/src/engine/writing/snippets';

const ROOT = join(__dirname, '..');
export const FACTS_FILE = join(ROOT, 'server', 'facts', 'default.facts.yaml');
export const SNIPPETS_FILE = join(ROOT, 'snippets', 'policy-brief.code-snippets');

/** The snippet file's text as generated from the default fact base; throws if the fact base has errors. */
export function generateSnippets(): string {
  const parsed = parseFactBase(FACTS_FILE, readFileSync(FACTS_FILE, 'utf8'));
  const { knowledge, problems } = buildKnowledge(parsed.data ? [parsed.data] : []);
  const errors = [...parsed.problems, ...problems].filter((problem) => problem.severity === 'error');
  if (!parsed.data || errors.length > 0) {
    const lines = errors.map((e) => `${relative(ROOT, e.location.file)}:${e.location.line + 1}:${e.location.column + 1} ${e.message}`);
    throw new Error(`the default fact base has errors:\n${lines.join('\n')}`);
  }
  return formatSnippetFile(buildSnippetFile(knowledge));
}

function main(args: string[]): number {
  const generated = generateSnippets();
  const target = relative(process.cwd(), SNIPPETS_FILE);
  if (args.includes('--check')) {
    let current: string | undefined;
    try {
      current = readFileSync(SNIPPETS_FILE, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === generated) return 0;
    console.error(`${target} is out of date; run: node --import tsx scripts/generate-snippets.ts`);
    return 1;
  }
  writeFileSync(SNIPPETS_FILE, generated);
  console.log(`wrote ${target}`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
