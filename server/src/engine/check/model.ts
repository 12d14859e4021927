import type { Claim } from '../claims/model';
import type { Fact } from '../factbase/model';

export type Severity = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** How a claim compares with the fact it was linked to. */
export type Verdict = 'agrees' | 'contradicts' | 'uncertain';

export interface Finding {
  /** Stable id from the check registry (check/registry.ts), used as the diagnostic code. */
  check: string;
  severity: Exclude<Severity, 'off'>;
  /** Source offsets of exactly the figure or date. */
  start: number;
  end: number;
  message: string;
  claim: Claim;
  fact: Fact;
  verdict: Verdict;
  /** The source's value written the way the writer wrote theirs, for a quick fix. */
  replacement?: string;
  /**
   * Source offsets `replacement` replaces. Usually `start`..`end`; wider (the hedge words too)
   * when the writer's hedge contradicts the source ("fewer than 1,600" → "over 1,612").
   */
  replacementStart?: number;
  replacementEnd?: number;
}

/** A claim linked to a fact, whatever the verdict; hovers on figures read these. */
export interface CheckedClaim {
  claim: Claim;
  fact?: Fact;
  verdict?: Verdict;
  /** Why the claim was or was not compared, for the hover. */
  reason: string;
}
