/**
 * SARIF 2.1.0 for GitHub code scanning: one run, rules from the check registry, one result
 * per finding with a 1-based region. Paths are relative to the current folder (%SRCROOT%),
 * which is the repository root when run from CI.
 */
import { CHECKS } from '../engine';
import type { Reported } from './check';
import { VERSION } from './version';

const LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

export function toSarif(findings: readonly Reported[]) {
  const rules = Object.values(CHECKS).map((check) => ({
    id: check.id,
    name: check.id,
    shortDescription: { text: check.title },
    defaultConfiguration: { level: LEVEL[check.defaultSeverity] },
  }));
  const ruleIndex = new Map<string, number>(rules.map((rule, i) => [rule.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'policy-brief', version: VERSION, semanticVersion: VERSION, rules } },
        columnKind: 'utf16CodeUnits',
        results: findings.map((f) => ({
          ruleId: f.check,
          ...(ruleIndex.has(f.check) ? { ruleIndex: ruleIndex.get(f.check) } : {}),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file.split('\\').join('/'), uriBaseId: '%SRCROOT%' },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
              },
            },
          ],
        })),
      },
    ],
  };
}
