/**
 * Analysis units: runs of sections whose mentions, claims and checks can be computed, and
 * cached, apart from the rest of the document.
 *
 * What a block's results depend on (read from actors/matcher.ts, claims/read.ts and
 * check/*.ts): the block itself, its heading context (`heading`, `headingDepth`), the last
 * explicit year of the blocks before it (claims/read.ts), and for a table cell the other
 * cells of its table: a run of consecutive table cells in `doc.blocks` (check/context.ts).
 * A section is therefore a unit unless such a run crosses into the next section (two tables
 * a blank line apart, cut between them), in which case the sections are joined.
 */
import type { ActorMention } from './actors/model';
import type { CheckedClaim, Finding } from './check/model';
import type { Claim } from './claims/model';
import { keepAttribution } from './claims/read';
import type { ProseDocument } from './markdown/model';
import type { ProseSection } from './markdown/incremental';

export interface Unit {
  /** Source offset where the unit's first section starts. */
  start: number;
  blockStart: number;
  blockEnd: number;
  /** The `content` of each of its sections, in order. */
  contents: object[];
}

export function unitsOf(sections: readonly ProseSection[], doc: ProseDocument): Unit[] {
  const units: Unit[] = [];
  let current: Unit | undefined;
  for (const section of sections) {
    const continues = current !== undefined && (
      section.blockStart === section.blockEnd ||
      current.blockStart === current.blockEnd ||
      (doc.blocks[current.blockEnd - 1]!.kind === 'tableCell' && doc.blocks[section.blockStart]!.kind === 'tableCell'));
    if (current && continues) {
      current.blockEnd = section.blockEnd;
      current.contents.push(section.content);
    } else {
      current = { start: section.start, blockStart: section.blockStart, blockEnd: section.blockEnd, contents: [section.content] };
      units.push(current);
    }
  }
  return units;
}

/** A unit's results, placed at `start` and `blockStart` in the document they came from. */
export interface UnitResult {
  start: number;
  blockStart: number;
  mentions: ActorMention[];
  claims: Claim[];
  checked: CheckedClaim[];
  findings: Finding[];
  /** The last explicit year in the unit, which the blocks after it inherit. */
  lastYear?: number;
}

/**
 * The same results for the unit now at `start` and `blockStart`: new objects with offsets
 * and block indices moved (cached results are shared, never changed). A finding and its
 * checked claim keep pointing at the same moved claim.
 */
export function placed(result: UnitResult, start: number, blockStart: number): UnitResult {
  const by = start - result.start;
  const blocks = blockStart - result.blockStart;
  if (by === 0 && blocks === 0) return result;
  const claims = new Map<Claim, Claim>();
  const move = (c: Claim): Claim => {
    let moved = claims.get(c);
    if (!moved) {
      moved = { ...c, block: c.block + blocks, start: c.start + by, end: c.end + by, phraseStart: c.phraseStart + by, phraseEnd: c.phraseEnd + by };
      keepAttribution(moved, c);
      claims.set(c, moved);
    }
    return moved;
  };
  return {
    ...result,
    start,
    blockStart,
    mentions: result.mentions.map((m) => ({ ...m, block: m.block + blocks, start: m.start + by, end: m.end + by })),
    claims: result.claims.map(move),
    checked: result.checked.map((c) => ({ ...c, claim: move(c.claim) })),
    findings: result.findings.map((f) => {
      const moved: Finding = { ...f, claim: move(f.claim), start: f.start + by, end: f.end + by };
      if (f.replacementStart !== undefined) moved.replacementStart = f.replacementStart + by;
      if (f.replacementEnd !== undefined) moved.replacementEnd = f.replacementEnd + by;
      return moved;
    }),
  };
}
