export type Cluster = { readonly members: readonly number[]; readonly score: number };

/**
 * Average-link (UPGMA) clustering of items 0..count-1: start from single items and repeatedly
 * join the two clusters whose members are most similar on average, while that average is at
 * least `threshold`. Unlike single-link it does not chain: A~B and B~C do not pull in C when A and
 * C differ, so a stack never holds notes that are mostly unlike each other. Returns clusters of
 * two or more, each with its mean pairwise similarity, ordered by their first member.
 *
 * Two clusters can only reach the threshold on average if some pair across them does, so the
 * work is split into the connected parts of the graph of `links` (pairs at or above the threshold)
 * and costs O(c^3) for a part of c items; parts are small on real boards.
 */
export function averageLinkClusters(
  count: number,
  links: readonly (readonly [number, number])[],
  similarity: (a: number, b: number) => number,
  threshold: number,
): Cluster[] {
  return connectedParts(count, links)
    .filter((part) => part.length > 1)
    .flatMap((part) => clusterPart(part, similarity, threshold))
    .sort((a, b) => a.members[0]! - b.members[0]!);
}

function clusterPart(items: readonly number[], similarity: (a: number, b: number) => number, threshold: number) {
  const size = items.length;
  const members = items.map((item) => [item]);
  const inner = new Array<number>(size).fill(0);
  // cross[x * size + y]: the summed similarity between the members of clusters x and y.
  const cross = new Float64Array(size * size);
  for (let x = 0; x < size; x++) {
    for (let y = x + 1; y < size; y++) {
      const value = similarity(items[x]!, items[y]!);
      cross[x * size + y] = value;
      cross[y * size + x] = value;
    }
  }
  const alive = new Array<boolean>(size).fill(true);
  for (;;) {
    const best = closestPair(members, cross, alive);
    if (!best || best.average < threshold) break;
    const { x, y } = best;
    inner[x] = inner[x]! + inner[y]! + cross[x * size + y]!;
    members[x] = [...members[x]!, ...members[y]!].sort((a, b) => a - b);
    alive[y] = false;
    for (let z = 0; z < size; z++) {
      cross[x * size + z] = cross[x * size + z]! + cross[y * size + z]!;
      cross[z * size + x] = cross[x * size + z]!;
    }
  }
  return members.flatMap((cluster, x) => {
    if (!alive[x] || cluster.length < 2) return [];
    const pairs = (cluster.length * (cluster.length - 1)) / 2;
    return [{ members: cluster, score: inner[x]! / pairs }];
  });
}

/** The live pair with the highest average similarity; ties go to the lowest indices. */
function closestPair(members: readonly (readonly number[])[], cross: Float64Array, alive: readonly boolean[]) {
  const size = members.length;
  let best: { x: number; y: number; average: number } | undefined;
  for (let x = 0; x < size; x++) {
    if (!alive[x]) continue;
    for (let y = x + 1; y < size; y++) {
      if (!alive[y]) continue;
      const average = cross[x * size + y]! / (members[x]!.length * members[y]!.length);
      if (!best || average > best.average) best = { x, y, average };
    }
  }
  return best;
}

/** Connected parts of the link graph (union-find), each sorted, in order of their first item. */
function connectedParts(count: number, links: readonly (readonly [number, number])[]): number[][] {
  const parent = Array.from({ length: count }, (_, i) => i);
  const root = (item: number): number => {
    let current = item;
    while (parent[current] !== current) current = parent[current] = parent[parent[current]!]!;
    return current;
  };
  for (const [a, b] of links) {
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const parts = new Map<number, number[]>();
  for (let item = 0; item < count; item++) {
    const part = parts.get(root(item));
    if (part) part.push(item);
    else parts.set(root(item), [item]);
  }
  return [...parts.values()];
}
