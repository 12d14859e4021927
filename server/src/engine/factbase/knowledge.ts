/**
 * The merged view of every loaded fact base file, with O(1) lookups by id. Files are merged in
 * the order given (the default fact base first); on a duplicate id the first definition wins and
 * the later one is reported. References to unknown ids are reported here, where the ids of all
 * files are known, at the place each reference is written.
 */
import { IdRegistry } from './ids';
import { didYouMean } from './suggest';
import type { Actor, Fact, FactBaseFile, FactBaseProblem, IdReference, Recommendation, Source, SourceRef } from './model';

export interface KnowledgeContent {
  sources: readonly Source[];
  actors: readonly Actor[];
  facts: readonly Fact[];
  recommendations: readonly Recommendation[];
}

export class Knowledge {
  static readonly empty = new Knowledge({ sources: [], actors: [], facts: [], recommendations: [] });

  readonly sources: readonly Source[];
  readonly actors: readonly Actor[];
  readonly facts: readonly Fact[];
  readonly recommendations: readonly Recommendation[];
  private readonly sourcesById: ReadonlyMap<string, Source>;
  private readonly actorsById: ReadonlyMap<string, Actor>;
  private readonly factsById: ReadonlyMap<string, Fact>;
  private readonly recommendationsById: ReadonlyMap<string, Recommendation>;
  private readonly factsByActor = new Map<string, Fact[]>();

  /** Ids must be unique per kind; buildKnowledge sees to that. */
  constructor(content: KnowledgeContent) {
    this.sources = content.sources;
    this.actors = content.actors;
    this.facts = content.facts;
    this.recommendations = content.recommendations;
    this.sourcesById = byId(content.sources);
    this.actorsById = byId(content.actors);
    this.factsById = byId(content.facts);
    this.recommendationsById = byId(content.recommendations);
    for (const fact of content.facts) {
      for (const actorId of new Set(fact.actors)) {
        const list = this.factsByActor.get(actorId);
        if (list) list.push(fact);
        else this.factsByActor.set(actorId, [fact]);
      }
    }
  }

  source(id: string): Source | undefined {
    return this.sourcesById.get(id);
  }

  actor(id: string): Actor | undefined {
    return this.actorsById.get(id);
  }

  fact(id: string): Fact | undefined {
    return this.factsById.get(id);
  }

  recommendation(id: string): Recommendation | undefined {
    return this.recommendationsById.get(id);
  }

  /** Facts whose `actors` include the id, in fact base order. */
  factsAbout(actorId: string): Fact[] {
    return [...(this.factsByActor.get(actorId) ?? [])];
  }

  /** "Ali, Stratheia (2025), ¶7"; an unknown source still yields a readable "stratheia-ttp ¶7". */
  cite(ref: SourceRef): string {
    const source = this.source(ref.source);
    return source ? source.citation.replaceAll('{paragraph}', String(ref.paragraph)) : `${ref.source} ¶${ref.paragraph}`;
  }
}

export function buildKnowledge(files: readonly FactBaseFile[]): { knowledge: Knowledge; problems: FactBaseProblem[] } {
  const sources = new IdRegistry<Source>('source');
  const actors = new IdRegistry<Actor>('actor');
  const facts = new IdRegistry<Fact>('fact');
  const recommendations = new IdRegistry<Recommendation>('recommendation');
  const problems: FactBaseProblem[] = [];
  for (const file of files) {
    problems.push(
      ...file.sources.flatMap((source) => sources.add(source) ?? []),
      ...file.actors.flatMap((actor) => actors.add(actor) ?? []),
      ...file.facts.flatMap((fact) => facts.add(fact) ?? []),
      ...file.recommendations.flatMap((recommendation) => recommendations.add(recommendation) ?? []),
    );
  }
  const known = { source: sources.byId, actor: actors.byId };
  const unknown = (reference: IdReference) => !known[reference.kind].has(reference.id);
  const unknownReference = (reference: IdReference): FactBaseProblem => ({
    location: reference.location,
    severity: 'error',
    code: 'unknown-reference',
    message: `unknown ${reference.kind} id '${reference.id}' in ${reference.field}${didYouMean(reference.id, [...known[reference.kind].keys()])}`,
  });
  problems.push(...files.flatMap((file) => (file.references ?? []).filter(unknown).map(unknownReference)));
  const knowledge = new Knowledge({
    sources: sources.unique,
    actors: actors.unique,
    facts: facts.unique,
    recommendations: recommendations.unique,
  });
  return { knowledge, problems };
}

function byId<T extends { id: string }>(entities: readonly T[]): ReadonlyMap<string, T> {
  return new Map(entities.map((entity) => [entity.id, entity]));
}
