import * as assert from 'node:assert/strict';
import { firstIndexWhere, lastIndexWhere } from '../../server/src/engine/sorted';

describe('binary searches over sorted arrays', () => {
  const ends = [3, 7, 7, 12, 20];
  it('finds the first item past a point, or the length', () => {
    assert.deepEqual([0, 3, 7, 8, 20, 21].map((x) => firstIndexWhere(ends, (e) => e > x)), [0, 1, 3, 3, 5, 5]);
    assert.equal(firstIndexWhere([], () => true), 0);
  });
  it('finds the last item up to a point, or -1', () => {
    assert.deepEqual([2, 3, 7, 11, 20].map((x) => lastIndexWhere(ends, (e) => e <= x)), [-1, 0, 2, 2, 4]);
    assert.equal(lastIndexWhere([], () => true), -1);
  });
});
