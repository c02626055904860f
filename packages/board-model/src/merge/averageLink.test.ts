import { describe, expect, it } from 'vitest';
import { averageLinkClusters } from './averageLink.ts';

/** Clusters `count` items from a list of similar pairs; pairs not listed are 0. */
function cluster(count: number, pairs: Record<string, number>, threshold = 0.75) {
  const similarity = (a: number, b: number) => pairs[`${Math.min(a, b)}-${Math.max(a, b)}`] ?? 0;
  const links = Object.entries(pairs)
    .filter(([, value]) => value >= threshold)
    .map(([key]) => key.split('-').map(Number) as [number, number]);
  return averageLinkClusters(count, links, similarity, threshold);
}

describe('averageLinkClusters', () => {
  it('joins a clique and reports its mean similarity', () => {
    expect(cluster(4, { '0-1': 0.9, '0-2': 0.8, '1-2': 0.85 })).toEqual([{ members: [0, 1, 2], score: 0.85 }]);
  });

  it('does not chain through a middle item', () => {
    expect(cluster(3, { '0-1': 0.9, '1-2': 0.8, '0-2': 0.1 })).toEqual([{ members: [0, 1], score: 0.9 }]);
  });

  it('keeps separate groups apart, ordered by their first item', () => {
    expect(cluster(6, { '3-5': 0.8, '0-4': 0.95 }).map((c) => c.members)).toEqual([
      [0, 4],
      [3, 5],
    ]);
  });

  it('breaks ties toward the lowest items', () => {
    expect(cluster(3, { '0-1': 0.8, '0-2': 0.8, '1-2': 0 }).map((c) => c.members)).toEqual([[0, 1]]);
  });

  it('returns nothing without links', () => {
    expect(cluster(5, { '0-1': 0.5 })).toEqual([]);
    expect(cluster(0, {})).toEqual([]);
  });
});
