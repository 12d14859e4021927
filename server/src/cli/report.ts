/** Compiler-style lines: `file:line:col: severity: message [code]`, 1-based like every compiler. */
import type { FactBaseProblem } from '../engine';
import { displayPath } from './paths';

export function formatLine(file: string, line: number, column: number, severity: string, message: string, code: string): string {
  return `${displayPath(file)}:${line}:${column}: ${severity}: ${message} [${code}]`;
}

/** A fact base problem; its location is 0-based like LSP's. */
export function formatProblem(problem: FactBaseProblem): string {
  const { file, line, column } = problem.location;
  return formatLine(file, line + 1, column + 1, problem.severity, problem.message, problem.code);
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
