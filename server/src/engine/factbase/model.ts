/**
 * The fact base as the engine sees it after loading: plain data, every entity remembering
 * where it was defined so the editor can jump there. The YAML format that produces it is
 * documented in docs/fact-base.md and checked by server/facts/factbase.schema.json.
 */

/** A place in a fact base file. Lines and columns are 0-based, like LSP's. */
export interface FileLocation {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Source {
  id: string;
  title: string;
  author?: string;
  publisher?: string;
  /** ISO date, possibly partial ("2025-01"). */
  date?: string;
  url?: string;
  /** How to cite a paragraph: a template where `{paragraph}` is replaced, e.g. "Stratheia, ¶{paragraph}". */
  citation: string;
  location: FileLocation;
}

export const ACTOR_KINDS = [
  'state',
  'government',
  'military',
  'armed-group',
  'person',
  'organisation',
  'institution',
  'place',
  'project',
  'region',
  'other',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface Alias {
  text: string;
  /** Acronyms default to case-sensitive matching, names to case-insensitive. */
  caseSensitive: boolean;
  /** True when the alias comes from general knowledge rather than the sources. */
  general: boolean;
}

export interface SourceRef {
  source: string;
  paragraph: number;
}

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  /** One or two sentences in the fact base author's own words. */
  role: string;
  aliases: Alias[];
  /**
   * Longer names that contain one of the actor's names but mean something else ("West Bank"
   * for the West): text they match is no mention of anyone.
   */
  notNames: string[];
  /** For a place: places inside it, by name, that only locate figures (see places.ts). */
  contains: string[];
  related: string[];
  mentions: SourceRef[];
  /** True when the actor's entry is general knowledge, not taken from a source. */
  general: boolean;
  location: FileLocation;
}

export const QUALIFIERS = ['exactly', 'over', 'at-least', 'under', 'at-most', 'about', 'nearly'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export type FactValue =
  | { kind: 'count'; value: number }
  | { kind: 'percent'; value: number }
  /** `date` is ISO (YYYY-MM-DD, YYYY-MM or YYYY) and `precision` says which parts are known. */
  | { kind: 'date'; date: string; precision: 'day' | 'month' | 'year' };

export interface FactScope {
  /** The year the figure is about (2024 for "fatalities in 2024"). */
  year?: number;
  /** Actor ids of the places the figure is about. */
  places: string[];
  /** Free-text period, when a year does not say it ("since the 2021 takeover"). */
  period?: string;
}

export interface Attribution {
  /** Actor id, when the attribution is to a known actor. */
  actor?: string;
  /** As a brief would write it: "according to CRSS", "some analysts". */
  text: string;
}

export interface Fact {
  id: string;
  /** What the source says, in the fact base author's own words. */
  statement: string;
  /** What is measured or what happened, as a short noun phrase: "fatalities", "airstrikes on TTP hideouts". */
  measure: string;
  /** Words that identify the measure or event in prose: "fatalities", "killed", "deaths", "lives lost". */
  terms: string[];
  /** Absent for facts that state something without a figure or date. */
  value?: FactValue;
  /** The hedge the source itself attaches to the value ("over 1,612"). */
  qualifier: Qualifier;
  scope: FactScope;
  attribution?: Attribution;
  actors: string[];
  source: string;
  paragraph: number;
  location: FileLocation;
}

export interface Recommendation {
  id: string;
  title: string;
  /** One line for pickers and completion labels. */
  summary: string;
  /** The recommendation as a paragraph, in the fact base author's own words. */
  body: string;
  /** VS Code snippet syntax (tab stops, choices) for inserting the recommendation. */
  snippet: string;
  actors: string[];
  source: string;
  paragraph: number;
  location: FileLocation;
}

/** A use of an id in a fact base, kept so that an unknown id is reported where it is written. */
export interface IdReference {
  /** What the id must name. */
  kind: 'source' | 'actor';
  id: string;
  /** The field it is written in, as in the YAML: "related", "scope.places", "mentions.source". */
  field: string;
  location: FileLocation;
}

/** One loaded fact base file. */
export interface FactBaseFile {
  file: string;
  sources: Source[];
  actors: Actor[];
  facts: Fact[];
  recommendations: Recommendation[];
  /**
   * Every id the file refers to, filled by parseFactBase. Files built in code may leave it out;
   * their references are then not checked.
   */
  references?: IdReference[];
}

export type ProblemSeverity = 'error' | 'warning';

/** A defect in a fact base file, at the exact place it occurs. */
export interface FactBaseProblem {
  location: FileLocation;
  severity: ProblemSeverity;
  message: string;
  /** Stable code: "yaml-syntax", "schema", "duplicate-id", "unknown-reference". */
  code: string;
}
