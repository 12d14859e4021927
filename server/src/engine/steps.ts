/**
 * Work the engine can do a step at a time: a generator that yields between steps (a
 * section parsed, a unit checked) and returns the result. The engine never waits or sets
 * timers; a caller that must stay responsive (the language server) decides when to pause
 * between steps, and may stop pulling to abandon the work. Steps are small: one section
 * (at most 64 KB, markdown/guard.ts) or one analysis unit.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end without pausing. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
