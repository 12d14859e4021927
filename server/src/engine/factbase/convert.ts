/**
 * Turns fact base data that passed the schema into the engine's model: fills the defaults the
 * format documents, and records where each entity and each id reference is written.
 */
import type { DataPath, YamlLocator } from './locate';
import type {
  Actor,
  ActorKind,
  Alias,
  Fact,
  FactBaseFile,
  FactValue,
  IdReference,
  Qualifier,
  Recommendation,
  Source,
  SourceRef,
} from './model';

/** The YAML's shape, as guaranteed by factbase.schema.json. */
interface RawFactBase {
  version: 1;
  sources?: RawSource[];
  actors?: RawActor[];
  facts?: RawFact[];
  recommendations?: RawRecommendation[];
}
interface RawSource {
  id: string;
  title: string;
  author?: string;
  publisher?: string;
  date?: string | number;
  url?: string;
  citation: string;
}
type RawAlias = string | { text: string; caseSensitive?: boolean; general?: boolean };
interface RawActor {
  id: string;
  name: string;
  kind: ActorKind;
  role: string;
  aliases?: RawAlias[];
  notNames?: string[];
  contains?: string[];
  related?: string[];
  mentions?: { source: string; paragraphs: number[] }[];
  general?: boolean;
}
type RawValue = { count: number } | { percent: number } | { date: string | number };
interface RawFact {
  id: string;
  statement: string;
  measure?: string;
  terms?: string[];
  value?: RawValue;
  qualifier?: Qualifier;
  scope?: { year?: number; places?: string[]; period?: string };
  attribution?: { actor?: string; text: string };
  actors?: string[];
  source: string;
  paragraph: number;
}
interface RawRecommendation {
  id: string;
  title: string;
  summary: string;
  body: string;
  snippet?: string;
  actors?: string[];
  source: string;
  paragraph: number;
}

/** `data` must have passed validateSchema. */
export function toFactBaseFile(file: string, data: unknown, locator: YamlLocator): FactBaseFile {
  const raw = data as RawFactBase;
  const references: IdReference[] = [];
  const refer = (kind: IdReference['kind'], id: string, field: string, path: DataPath) =>
    references.push({ kind, id, field, location: locator.value(path) });
  const referAll = (kind: IdReference['kind'], ids: readonly string[] | undefined, field: string, path: DataPath) =>
    ids?.forEach((id, index) => refer(kind, id, field, [...path, index]));

  const sources = (raw.sources ?? []).map(
    (source, index): Source =>
      withoutUndefined({
        id: source.id,
        title: source.title,
        author: source.author,
        publisher: source.publisher,
        date: source.date === undefined ? undefined : String(source.date),
        url: source.url,
        citation: source.citation,
        location: locator.value(['sources', index]),
      }),
  );

  const actors = (raw.actors ?? []).map((actor, index): Actor => {
    const path = ['actors', index];
    const general = actor.general ?? false;
    referAll('actor', actor.related, 'related', [...path, 'related']);
    actor.mentions?.forEach((mention, mentionIndex) =>
      refer('source', mention.source, 'mentions.source', [...path, 'mentions', mentionIndex, 'source']),
    );
    return {
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      role: actor.role,
      aliases: aliasesOf(actor, general),
      notNames: actor.notNames ?? [],
      contains: actor.contains ?? [],
      related: actor.related ?? [],
      mentions: (actor.mentions ?? []).flatMap((mention) =>
        mention.paragraphs.map((paragraph): SourceRef => ({ source: mention.source, paragraph })),
      ),
      general,
      location: locator.value(path),
    };
  });

  const facts = (raw.facts ?? []).map((fact, index): Fact => {
    const path = ['facts', index];
    referAll('actor', fact.scope?.places, 'scope.places', [...path, 'scope', 'places']);
    if (fact.attribution?.actor !== undefined) {
      refer('actor', fact.attribution.actor, 'attribution.actor', [...path, 'attribution', 'actor']);
    }
    referAll('actor', fact.actors, 'actors', [...path, 'actors']);
    refer('source', fact.source, 'source', [...path, 'source']);
    return withoutUndefined({
      id: fact.id,
      statement: fact.statement,
      measure: fact.measure ?? '',
      terms: fact.terms ?? [],
      value: fact.value && valueOf(fact.value),
      qualifier: fact.qualifier ?? 'exactly',
      scope: withoutUndefined({ year: fact.scope?.year, places: fact.scope?.places ?? [], period: fact.scope?.period }),
      attribution: fact.attribution && withoutUndefined({ actor: fact.attribution.actor, text: fact.attribution.text }),
      actors: fact.actors ?? [],
      source: fact.source,
      paragraph: fact.paragraph,
      location: locator.value(path),
    });
  });

  const recommendations = (raw.recommendations ?? []).map((recommendation, index): Recommendation => {
    const path = ['recommendations', index];
    referAll('actor', recommendation.actors, 'actors', [...path, 'actors']);
    refer('source', recommendation.source, 'source', [...path, 'source']);
    return {
      id: recommendation.id,
      title: recommendation.title,
      summary: recommendation.summary,
      body: recommendation.body,
      snippet: recommendation.snippet ?? recommendation.body,
      actors: recommendation.actors ?? [],
      source: recommendation.source,
      paragraph: recommendation.paragraph,
      location: locator.value(path),
    };
  });

  return { file, sources, actors, facts, recommendations, references };
}

/** The canonical name comes first: the format promises it always matches, listed or not. */
function aliasesOf(actor: RawActor, actorIsGeneral: boolean): Alias[] {
  const listed = (actor.aliases ?? []).map((alias): Alias => {
    const { text, caseSensitive, general } = typeof alias === 'string' ? { text: alias } : alias;
    return { text, caseSensitive: caseSensitive ?? isAcronym(text), general: general ?? actorIsGeneral };
  });
  const nameListed = listed.some((alias) => alias.text === actor.name);
  const name: Alias = { text: actor.name, caseSensitive: isAcronym(actor.name), general: actorIsGeneral };
  return nameListed ? listed : [name, ...listed];
}

/** TTP, KP, ISIS-K, U.S.: written without lower-case letters, so "Kp" or "us" are not them. */
function isAcronym(text: string): boolean {
  return !/\p{Ll}/u.test(text);
}

function valueOf(value: RawValue): FactValue {
  if ('count' in value) return { kind: 'count', value: value.count };
  if ('percent' in value) return { kind: 'percent', value: value.percent };
  // YAML reads `date: 2021` as a number; the schema allows it as a year.
  const date = String(value.date);
  const precision = date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
  return { kind: 'date', date, precision };
}

/** Leaves optional fields out rather than present-but-undefined, so entities compare cleanly. */
function withoutUndefined<T extends object>(entity: T): T {
  return Object.fromEntries(Object.entries(entity).filter(([, value]) => value !== undefined)) as T;
}
