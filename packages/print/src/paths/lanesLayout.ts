import type { StepCard } from './stepCard.ts';

/** One row of the path view on one page: per phase the cards it shows (a long path continues). */
export type LaneSegment = { readonly cards: readonly (readonly StepCard[])[]; readonly height: number };

/** How much of each phase's cards fits `room` (from `from`, per phase), stacked with `gap` between. */
export function takeSegment(
  cells: readonly (readonly StepCard[])[],
  from: readonly number[],
  room: number,
  gap: number,
): { readonly segment: LaneSegment; readonly next: number[] } {
  const next = [...from];
  let height = 0;
  const cards = cells.map((cell, phase) => {
    const taken: StepCard[] = [];
    let used = 0;
    for (let i = from[phase]!; i < cell.length; i++) {
      const card = cell[i]!;
      const add = (taken.length > 0 ? gap : 0) + card.height;
      if (used + add > room) break;
      taken.push(card);
      used += add;
    }
    next[phase] = from[phase]! + taken.length;
    height = Math.max(height, used);
    return taken;
  });
  return { segment: { cards, height }, next };
}

/** The height all of each phase's cards need from `from` on: the tallest stack. */
export function naturalHeight(cells: readonly (readonly StepCard[])[], from: readonly number[], gap: number): number {
  return Math.max(
    0,
    ...cells.map((cell, phase) =>
      cell.slice(from[phase]).reduce((sum, card, i) => sum + card.height + (i > 0 ? gap : 0), 0),
    ),
  );
}

export function done(cells: readonly (readonly unknown[])[], from: readonly number[]): boolean {
  return cells.every((cell, phase) => from[phase]! >= cell.length);
}
