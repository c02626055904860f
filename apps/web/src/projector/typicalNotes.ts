/** What a typical cell and note of a board hold, for sizing the projector's type. */

/**
 * Notes in a typical filled cell (the 75th percentile of the non-empty cells), so one cell
 * full after a merge does not shrink every note on the table.
 */
export function typicalCount(counts: readonly number[]): number {
  const filled = counts.filter((count) => count > 0).sort((a, b) => a - b);
  if (filled.length === 0) return 0;
  return filled[Math.floor((filled.length - 1) * 0.75)] ?? 1;
}

/** Long enough for most notes (the 80th percentile), so one essay does not shrink all type. */
export function typicalLength(lengths: readonly number[]): number {
  if (lengths.length === 0) return 40;
  const sorted = [...lengths].sort((a, b) => a - b);
  const p80 = sorted[Math.floor((sorted.length - 1) * 0.8)] ?? 40;
  return Math.min(140, Math.max(20, p80));
}

export function longestWordOf(text: string): number {
  return Math.max(0, ...text.split(/[\s/–\-\u00ad]+/).map((word) => Array.from(word).length));
}
