import type { votingFi } from './fi.ts';

export const votingEn: Record<keyof typeof votingFi, string> = {
  'vote.label': 'Vote',
};
