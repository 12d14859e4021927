/**
 * Ids of one kind of entity, first definition wins. Used within one file by the loader (a
 * duplicate there is an error that keeps the file out) and across files by the knowledge
 * (a later file's duplicate is reported and ignored).
 */
import type { FactBaseProblem, FileLocation } from './model';

interface Identified {
  id: string;
  location: FileLocation;
}

export type EntityKind = 'source' | 'actor' | 'fact' | 'recommendation';

export class IdRegistry<T extends Identified> {
  readonly byId = new Map<string, T>();
  readonly unique: T[] = [];

  constructor(private readonly kind: EntityKind) {}

  /** Registers `entity`, or returns the problem, reported `at` its id when known, if its id is taken. */
  add(entity: T, at: FileLocation = entity.location): FactBaseProblem | undefined {
    const first = this.byId.get(entity.id);
    if (!first) {
      this.byId.set(entity.id, entity);
      this.unique.push(entity);
      return undefined;
    }
    const where = first.location.file === entity.location.file ? '' : ` in ${first.location.file}`;
    return {
      location: at,
      severity: 'error',
      code: 'duplicate-id',
      message: `duplicate ${this.kind} id '${entity.id}': first defined${where} at line ${first.location.line + 1}`,
    };
  }
}
