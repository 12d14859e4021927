/**
 * Reads one fact base file: YAML syntax, then the schema, then ids unique within the file.
 * Any error leaves `data` out, so the caller keeps the file's last good version; warnings alone
 * (an unresolved YAML tag) do not. References to unknown ids are not checked here: a workspace
 * file may refer to ids of the default fact base, so buildKnowledge checks them across files.
 *
 * Never throws, whatever the text: syntax errors, binary junk, alias bombs (yaml's alias limit
 * stays on) and nesting too deep to walk all come back as problems.
 */
import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import { toFactBaseFile } from './convert';
import { IdRegistry, type EntityKind } from './ids';
import { YamlLocator } from './locate';
import type { FactBaseFile, FactBaseProblem, FileLocation, ProblemSeverity } from './model';
import { validateSchema } from './validate';

export interface ParsedFactBase {
  data?: FactBaseFile;
  problems: FactBaseProblem[];
}

export function parseFactBase(file: string, text: string): ParsedFactBase {
  try {
    return parse(file, text);
  } catch (error) {
    // Only pathological input gets here, e.g. nesting deep enough to exhaust the stack.
    const reason = error instanceof Error ? error.message : String(error);
    const start: FileLocation = { file, line: 0, column: 0, endLine: 0, endColumn: 0 };
    return { problems: [{ location: start, severity: 'error', code: 'yaml-syntax', message: `cannot read this file: ${reason}` }] };
  }
}

function parse(file: string, text: string): ParsedFactBase {
  const lines = new LineCounter();
  // The core schema keeps `2024-12-24` a string even under a `%YAML 1.1` directive.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, schema: 'core' });
  const locator = new YamlLocator(file, text, doc, lines);
  const yamlProblem = (severity: ProblemSeverity) => (error: YAMLError): FactBaseProblem => ({
    location: locator.span(error.pos[0], error.pos[1]),
    severity,
    code: 'yaml-syntax',
    message: error.message,
  });
  const problems = [...doc.errors.map(yamlProblem('error')), ...doc.warnings.map(yamlProblem('warning'))];
  if (doc.errors.length > 0) return { problems: reported(problems) };

  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // yaml refuses to expand more aliases than maxAliasCount (an "alias bomb").
    const message = `cannot expand this file's aliases: ${error instanceof Error ? error.message : String(error)}`;
    return { problems: reported([...problems, { location: locator.value([]), severity: 'error', code: 'yaml-syntax', message }]) };
  }

  const violations = validateSchema(data);
  for (const violation of violations) {
    const location = violation.key === undefined ? locator.value(violation.path) : locator.key(violation.path, violation.key);
    problems.push({ location, severity: 'error', code: 'schema', message: violation.message });
  }
  if (violations.length > 0) return { problems: reported(problems) };

  const factBase = toFactBaseFile(file, data, locator);
  const duplicates = duplicateIds(factBase, locator);
  problems.push(...duplicates);
  return duplicates.length > 0 ? { problems: reported(problems) } : { data: factBase, problems: reported(problems) };
}

function duplicateIds(factBase: FactBaseFile, locator: YamlLocator): FactBaseProblem[] {
  const lists: [EntityKind, keyof FactBaseFile, { id: string; location: FileLocation }[]][] = [
    ['source', 'sources', factBase.sources],
    ['actor', 'actors', factBase.actors],
    ['fact', 'facts', factBase.facts],
    ['recommendation', 'recommendations', factBase.recommendations],
  ];
  return lists.flatMap(([kind, key, entities]) => {
    const registry = new IdRegistry(kind);
    return entities.flatMap((entity, index) => registry.add(entity, locator.value([key, index, 'id'])) ?? []);
  });
}

/** Junk can make yaml report an error per character; the first ones say all there is to say. */
const MAX_PROBLEMS = 100;

function reported(problems: FactBaseProblem[]): FactBaseProblem[] {
  problems.sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
  return problems.slice(0, MAX_PROBLEMS);
}
