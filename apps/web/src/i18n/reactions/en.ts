import type { reactionsFi } from './fi.ts';

export const reactionsEn: Record<keyof typeof reactionsFi, string> = {
  'reactions.label': 'Reactions',
  'reactions.kind.agree': 'Agree',
  'reactions.kind.important': 'Important',
  'reactions.kind.question': 'Question',
  'reactions.kind.idea': 'Idea',
  'reactions.menuLegend': 'React',
  'reactions.someone': 'Someone',
  'reactions.anonymous': 'Anonymous reactions',
  'reactions.locked': 'The common table is read-only during group work.',
  'reactions.refused': 'The reaction could not be saved.',
  'reactions.offline': 'The reaction was not saved: no connection. Try again.',
  'error.unknown-reaction': 'Unknown reaction.',
};
