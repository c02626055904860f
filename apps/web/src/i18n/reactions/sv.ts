import type { reactionsFi } from './fi.ts';

export const reactionsSv: Record<keyof typeof reactionsFi, string> = {
  'reactions.label': 'Reaktioner',
  'reactions.kind.agree': 'Håller med',
  'reactions.kind.important': 'Viktigt',
  'reactions.kind.question': 'Fråga',
  'reactions.kind.idea': 'Idé',
  'reactions.menuLegend': 'Reagera',
  'reactions.someone': 'Någon',
  'reactions.anonymous': 'Anonyma reaktioner',
  'reactions.locked': 'Det gemensamma bordet är skrivskyddat under grupparbetet.',
  'reactions.refused': 'Reaktionen kunde inte sparas.',
  'reactions.offline': 'Reaktionen sparades inte: ingen anslutning. Försök igen.',
  'error.unknown-reaction': 'Okänd reaktion.',
};
