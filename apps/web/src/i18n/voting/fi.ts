/** Dot voting and seeing the gaps: counts, heat view, blind spots, kind filter (Finnish, the source). */
export const votingFi = {
  'vote.label': 'Äänestys',
} as const;
