/**
 * Runs engine steps (engine/steps.ts) in time slices, giving the event loop back between
 * slices so the server keeps answering requests while a big document is analysed.
 *
 * Why here and not in the engine: waiting and timers belong to the server's event loop; the
 * engine only says where work can pause. `setImmediate` (not a timer) resumes right after
 * pending I/O, so a request that arrived during a slice is handled before the next slice.
 */
import type { Steps } from '../engine';

/** Work between two pauses: short enough that a hover is never kept waiting long. */
export const SLICE_MS = 25;

/** The result of `steps`, or undefined once `abandoned()` says at a pause that it is no longer wanted. */
export async function runInSlices<T>(steps: Steps<T>, abandoned: () => boolean): Promise<T | undefined> {
  for (;;) {
    const until = performance.now() + SLICE_MS;
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
      if (performance.now() >= until) break;
    }
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (abandoned()) return undefined;
  }
}
