/**
 * One colour per breakout group, for chips and headers. Colour only repeats the group's number,
 * which is always written on the chip, so groups are told apart without seeing colour. Each is
 * dark enough for white text (>= 4.5:1) and distinct from its neighbours in the list; groups past
 * the list reuse it (their numbers still differ).
 */
export const GROUP_COLOURS = [
  '#0b57d0',
  '#b3261e',
  '#146c2e',
  '#7b1fa2',
  '#8f4300',
  '#00695c',
  '#ad1457',
  '#3949ab',
  '#5d4037',
  '#455a64',
] as const;

export function groupColour(group: number): string {
  return GROUP_COLOURS[(group - 1) % GROUP_COLOURS.length] ?? GROUP_COLOURS[0];
}
