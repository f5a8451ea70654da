/**
 * The benchmark's verdict on entity scaling: each run is compared with the real set's run of the
 * same round, so that the shared machine's load, which changes between rounds, cancels out.
 */
import { describe, expect, it } from 'vitest';
import { pairedRatio, type ScalingResult } from '../../scripts/bench/report';
import type { OursRun } from '../../scripts/bench/results';

function set(label: string, busyMs: readonly number[]): ScalingResult {
  const runs: OursRun[] = busyMs.map((busy) => ({
    ms: busy + 10, busyMs: busy, slices: 5, maxSliceMs: 12, matches: 100, longTasks: { count: 0, maxMs: 0 }, retainedHeapBytes: null,
  }));
  const scan = { medianMs: 0, minMs: 0, matches: 100, longestTaskMs: 0, tasksOver50: 0, retainedHeapBytes: null, busyMedianMs: 0, busyMinMs: 0, slices: 5, longestSliceMs: 12 };
  return { label, entities: 1, aliases: 1, buildMedianMs: 1, buildMinMs: 1, heapBytes: 1, scan, runs };
}

describe('pairedRatio', () => {
  it('divides run by run within a round, so a slow round slows both sides alike', () => {
    // Round 2 ran on a loaded machine: the medians alone (120 vs 110) would say +9 %.
    const real = set('61 (real)', [100, 200, 110]);
    const large = set('10,000', [105, 210, 120]);
    expect(pairedRatio(large, real)).toBeCloseTo(1.05, 5);
  });

  it('takes the median of the rounds, so one disturbed round does not decide', () => {
    const real = set('61 (real)', [100, 100, 100, 100, 100]);
    const large = set('10,000', [101, 102, 180, 103, 99]);
    expect(pairedRatio(large, real)).toBeCloseTo(1.02, 5);
  });

  it('is 1 for the base set itself', () => {
    const real = set('61 (real)', [130, 90, 170]);
    expect(pairedRatio(real, real)).toBe(1);
  });
});
