/**
 * `actors FILE...`: every actor mention, and the text its hover shows under the actor's first
 * mention in each file, so the README can demonstrate the editor feature from a terminal.
 */
import { describeActor } from '../engine';
import type { Options } from './args';
import { analyseBrief, collectBriefs, lineColumn } from './briefs';
import { loadFacts, selectionFor } from './loadFacts';
import { displayPath } from './paths';
import { formatProblem } from './report';

export async function actorsCommand(options: Options, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const facts = await loadFacts(selectionFor(options));
  facts.problems.forEach((p) => err(formatProblem(p)));
  for (const file of await collectBriefs(options.paths)) {
    const { doc, analysis } = analyseBrief(file, facts.knowledge);
    if (!analysis) {
      err(`${displayPath(file)}: skipped: too large to check`);
      continue;
    }
    const described = new Set<string>();
    for (const mention of analysis.mentions) {
      const { line, column } = lineColumn(doc, mention.start);
      out(`${displayPath(file)}:${line}:${column}: ${mention.actorId} "${mention.text.replace(/\s+/g, ' ')}"`);
      const actor = facts.knowledge.actor(mention.actorId);
      if (actor && !described.has(actor.id)) {
        described.add(actor.id);
        out(indent(describeActor(actor, facts.knowledge)));
        out('');
      }
    }
  }
  return facts.problems.some((p) => p.severity === 'error') ? 2 : 0;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => (line ? `    ${line}` : line))
    .join('\n');
}
