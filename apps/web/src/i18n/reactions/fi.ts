/** Reactions on notes: the counts on a card, the note menu's toggles, the facilitator's setting (Finnish, the source). */
export const reactionsFi = {
  'reactions.label': 'Reaktiot',
  'reactions.kind.agree': 'Samaa mieltä',
  'reactions.kind.important': 'Tärkeä',
  'reactions.kind.question': 'Kysymys',
  'reactions.kind.idea': 'Idea',
  'reactions.menuLegend': 'Reagoi',
  'reactions.someone': 'Joku',
  'reactions.anonymous': 'Reaktiot nimettömästi',
  'reactions.locked': 'Yhteinen pöytä on ryhmätyön ajan vain luettavissa.',
  'reactions.refused': 'Reaktiota ei voitu tallentaa.',
  'reactions.offline': 'Reaktiota ei tallennettu: ei yhteyttä. Yritä uudelleen.',
  'error.unknown-reaction': 'Tuntematon reaktio.',
} as const;
