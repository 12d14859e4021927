/**
 * Binary searches over arrays kept in text order (mentions, sentences, claims, blocks): long
 * blocks and big documents make linear scans per claim quadratic.
 */

/** Index of the first item for which `holds` is true, or `items.length`; `holds` is false, then true. */
export function firstIndexWhere<T>(items: readonly T[], holds: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (holds(items[mid]!)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Index of the last item for which `holds` is true, or -1; `holds` is true, then false. */
export function lastIndexWhere<T>(items: readonly T[], holds: (item: T) => boolean): number {
  return firstIndexWhere(items, (item) => !holds(item)) - 1;
}
