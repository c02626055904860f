/**
 * Shares the grid's height among the three rows. When everything fits, each row gets what it
 * needs plus an equal share of the rest; when not, rows get height in proportion to what they
 * need (so they run out of room on the same page), none less than its floor: a share that
 * leaves an empty row room to write in, raised to the row's tallest note so no note spills.
 */
export function allocateRows(need: readonly number[], total: number, floors: readonly number[]): number[] {
  const sum = need.reduce((a, b) => a + b, 0);
  if (sum <= 0) return need.map(() => total / need.length);
  if (sum <= total) return need.map((n) => n + (total - sum) / need.length);
  const floored = new Set<number>();
  for (;;) {
    const free = total - [...floored].reduce((a, i) => a + floors[i]!, 0);
    const rest = need.reduce((a, n, i) => (floored.has(i) ? a : a + n), 0);
    const heights = need.map((n, i) => (floored.has(i) ? floors[i]! : (free * n) / rest));
    const under = heights.findIndex((h, i) => h < floors[i]! && !floored.has(i));
    if (under < 0) return heights;
    floored.add(under);
  }
}
