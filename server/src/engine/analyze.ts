/**
 * One document's analysis: prose → actor mentions → claims → checked claims → findings.
 * A BriefAnalyzer belongs to one document so its ProseParser can reuse unchanged sections
 * between edits; the ActorMatcher (costly to build from all aliases) is shared per Knowledge.
 */
import { ActorMatcher } from './actors/matcher';
import type { ActorMention } from './actors/model';
import { checkClaims } from './check/check';
import type { CheckedClaim, Finding, Severity } from './check/model';
import { suppressed } from './check/suppress';
import { readClaims } from './claims/read';
import type { Claim } from './claims/model';
import type { Knowledge } from './factbase/knowledge';
import { ProseParser } from './markdown/incremental';
import type { ProseDocument } from './markdown/model';

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

  analyze(text: string, knowledge: Knowledge, severities?: Record<string, Severity>): Analysis {
    const prose = this.parser.parse(text);
    const mentions = matcherFor(knowledge).find(prose);
    const claims = readClaims(prose);
    const { findings, checked } = checkClaims({ doc: prose, claims, mentions, knowledge, severities });
    return { text, knowledge, prose, mentions, claims, checked, findings: suppressed(findings, prose, text) };
  }
}
