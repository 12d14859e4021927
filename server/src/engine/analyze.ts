/**
 * One document's analysis: prose → actor mentions → claims → checked claims → findings.
 * A BriefAnalyzer belongs to one document so that after an edit only what changed is done
 * again: its ProseParser re-parses only changed sections, and the mentions, claims and
 * checks of each unit of sections (units.ts) are reused while the unit's prose and the
 * context it inherits are unchanged. The ActorMatcher (costly to build from all aliases) is
 * shared per Knowledge. Suppression comments can span units, so they apply last, to all.
 * `steps` does the same work a section or a unit at a time, for callers that must not be
 * blocked by a big document (steps.ts).
 */
import { ActorMatcher } from './actors/matcher';
import type { ActorMention } from './actors/model';
import { checkClaimsIn } from './check/check';
import type { CheckedClaim, Finding, Severity } from './check/model';
import { suppressed } from './check/suppress';
import type { ParsedDate } from './claims/dates';
import { readClaimsIn } from './claims/read';
import type { Claim } from './claims/model';
import type { Knowledge } from './factbase/knowledge';
import { ProseParser } from './markdown/incremental';
import type { ProseDocument } from './markdown/model';
import { finish, type Steps } from './steps';
import { placed, unitsOf, type Unit, type UnitResult } from './units';

export interface Analysis {
  /** The text analysed; offsets in everything below refer to it. */
  text: string;
  knowledge: Knowledge;
  prose: ProseDocument;
  mentions: ActorMention[];
  claims: Claim[];
  checked: CheckedClaim[];
  /** Findings left after suppression comments. */
  findings: Finding[];
}

/** Matchers keyed by the Knowledge they were built from: rebuilt only when the Knowledge changes. */
const matchers = new WeakMap<Knowledge, ActorMatcher>();

function matcherFor(knowledge: Knowledge): ActorMatcher {
  let matcher = matchers.get(knowledge);
  if (!matcher) {
    matcher = new ActorMatcher(knowledge.actors);
    matchers.set(knowledge, matcher);
  }
  return matcher;
}

export class BriefAnalyzer {
  private readonly parser = new ProseParser();
  /** Unit results of the last analysis by unit key (see `keyOf`), for one fact base and settings. */
  private units = new Map<string, UnitResult>();
  private basis?: { knowledge: Knowledge; severities: string };
  /** Numbers for section contents, so unit keys can be strings. */
  private readonly ids = new WeakMap<object, number>();
  private nextId = 0;

  analyze(text: string, knowledge: Knowledge, severities?: Record<string, Severity>): Analysis {
    return finish(this.steps(text, knowledge, severities));
  }

  /**
   * `analyze`, one step per section parsed and per unit checked. Only one run at a time: a
   * run abandoned part-way (its caller stops pulling) must not be resumed after another
   * has started. Abandoning leaves the analyzer's caches valid, only less complete.
   */
  *steps(text: string, knowledge: Knowledge, severities?: Record<string, Severity>): Steps<Analysis> {
    const prose = yield* this.parser.steps(text);
    const severityKey = JSON.stringify(severities ?? {});
    if (this.basis?.knowledge !== knowledge || this.basis.severities !== severityKey) this.units.clear();
    this.basis = { knowledge, severities: severityKey };

    const matcher = matcherFor(knowledge);
    const dateCache = new Map<string, ParsedDate | null>();
    const next = new Map<string, UnitResult>();
    const mentions: ActorMention[] = [];
    const claims: Claim[] = [];
    const checked: CheckedClaim[] = [];
    const findings: Finding[] = [];
    let earlierYear: number | undefined;
    for (const unit of unitsOf(this.parser.lastSections, prose)) {
      const key = this.keyOf(unit, prose, earlierYear);
      const cached = next.get(key) ?? this.units.get(key);
      const result = cached
        ? placed(cached, unit.start, unit.blockStart)
        : analyzeUnit(prose, unit, { matcher, knowledge, severities, earlierYear, dateCache });
      next.set(key, result);
      // Also kept at once, so a run abandoned part-way leaves its work to the next run.
      this.units.set(key, result);
      append(mentions, result.mentions);
      append(claims, result.claims);
      append(checked, result.checked);
      append(findings, result.findings);
      earlierYear = result.lastYear ?? earlierYear;
      yield;
    }
    this.units = next;
    return { text, knowledge, prose, mentions, claims, checked, findings: suppressed(findings, prose, text) };
  }

  /** What a unit's results depend on: its sections' prose and the context it inherits. */
  private keyOf(unit: Unit, prose: ProseDocument, earlierYear: number | undefined): string {
    const ids = unit.contents.map((content) => {
      let id = this.ids.get(content);
      if (id === undefined) this.ids.set(content, (id = this.nextId++));
      return id;
    });
    const first = prose.blocks[unit.blockStart];
    return `${ids.join(',')}|${earlierYear ?? ''}|${first?.headingDepth ?? 0}|${first?.heading ?? ''}`;
  }
}

interface UnitInput {
  matcher: ActorMatcher;
  knowledge: Knowledge;
  severities?: Record<string, Severity>;
  earlierYear: number | undefined;
  dateCache: Map<string, ParsedDate | null>;
}

function analyzeUnit(prose: ProseDocument, unit: Unit, input: UnitInput): UnitResult {
  const mentions: ActorMention[] = [];
  for (let i = unit.blockStart; i < unit.blockEnd; i++) append(mentions, input.matcher.findInBlock(prose.blocks[i]!, i));
  const { claims, lastYear } = readClaimsIn(prose, unit.blockStart, unit.blockEnd, input.earlierYear, input.dateCache);
  const { findings, checked } = checkClaimsIn(
    { doc: prose, claims, mentions, knowledge: input.knowledge, severities: input.severities },
    unit.blockStart,
    unit.blockEnd,
  );
  return { start: unit.start, blockStart: unit.blockStart, mentions, claims, checked, findings, lastYear };
}

/** `push(...items)` without the argument-count limit of a spread. */
function append<T>(to: T[], items: readonly T[]): void {
  for (const item of items) to.push(item);
}
