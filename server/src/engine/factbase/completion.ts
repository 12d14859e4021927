/**
 * Completion inside a fact base file: the ids a reference field can take (actors for
 * `related`, `actors`, `places` and `actor`; sources for `source`) and the values of the
 * enumerated fields (`kind`, `qualifier`). The schema gives VS Code's YAML extension key
 * completion; the ids live in other files and only the server knows them.
 *
 * Read from the lines above the cursor rather than from a YAML parse: the document being
 * typed is usually invalid YAML at that moment, which a parser cannot place a cursor in.
 */
import type { Knowledge } from './knowledge';
import { ACTOR_KINDS, QUALIFIERS } from './model';

export interface FactBaseCompletion {
  label: string;
  detail: string;
  /** The range of the partial value the completion replaces. */
  start: number;
  end: number;
}

type Wanted = 'actor' | 'source' | 'kind' | 'qualifier';

const ACTOR_LIST_KEYS = new Set(['related', 'actors', 'places']);

export function factBaseCompletions(text: string, offset: number, knowledge: Knowledge): FactBaseCompletion[] {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const partial = /[\w.-]*$/.exec(before)![0];
  const wanted = wantedAt(text, lineStart, before);
  if (!wanted) return [];
  const start = offset - partial.length;
  return candidates(wanted, knowledge).map(([label, detail]) => ({ label, detail, start, end: offset }));
}

function wantedAt(text: string, lineStart: number, before: string): Wanted | undefined {
  // `key: value` on this line, possibly inside a flow map (`{ source: stratheia-ttp, … }`).
  const scalar = /(?:^\s*(?:-\s*)?|[{,]\s*)(\w+):\s*[\w.-]*$/.exec(before);
  if (scalar) return scalarWanted(scalar[1]!);
  // `related: [a, b, …` on this line.
  const flow = /^\s*(?:-\s*)?(\w+):\s*\[[^\]]*$/.exec(before);
  if (flow) return ACTOR_LIST_KEYS.has(flow[1]!) ? 'actor' : undefined;
  // `- …` under a `related:` key written on an earlier, less indented line.
  const item = /^(\s*)-\s*[\w.-]*$/.exec(before);
  if (item) {
    const key = keyAbove(text, lineStart, item[1]!.length);
    return key && ACTOR_LIST_KEYS.has(key) ? 'actor' : undefined;
  }
  return undefined;
}

function scalarWanted(key: string): Wanted | undefined {
  if (key === 'actor') return 'actor';
  if (key === 'source') return 'source';
  if (key === 'kind') return 'kind';
  if (key === 'qualifier') return 'qualifier';
  return undefined;
}

/** The key of the nearest earlier line indented less than `indent` (or equal, for `key:\n- item`). */
function keyAbove(text: string, lineStart: number, indent: number): string | undefined {
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const lineIndent = line.length - line.trimStart().length;
    if (lineIndent > indent || (lineIndent === indent && line.trimStart().startsWith('-'))) continue;
    return /^\s*(?:-\s*)?(\w+):\s*$/.exec(line)?.[1];
  }
  return undefined;
}

function candidates(wanted: Wanted, knowledge: Knowledge): [string, string][] {
  switch (wanted) {
    case 'actor':
      return knowledge.actors.map((a) => [a.id, `${a.name} · ${a.kind}`]);
    case 'source':
      return knowledge.sources.map((s) => [s.id, s.title]);
    case 'kind':
      return ACTOR_KINDS.map((k) => [k, 'actor kind']);
    case 'qualifier':
      return QUALIFIERS.map((q) => [q, "the source's own hedge"]);
  }
}
