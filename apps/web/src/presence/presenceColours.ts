/**
 * Presence colours outline the note someone is editing and fill their name tag. Each is dark
 * enough for white text (>= 4.5:1) and for a visible outline on the light page (>= 3:1).
 */
export const PRESENCE_COLOURS = [
  '#b3261e',
  '#0b57d0',
  '#146c2e',
  '#8e24aa',
  '#9a4600',
  '#00695c',
  '#5e35b1',
  '#ad1457',
] as const;

export function randomPresenceColour(): string {
  return PRESENCE_COLOURS[Math.floor(Math.random() * PRESENCE_COLOURS.length)] ?? PRESENCE_COLOURS[0];
}
