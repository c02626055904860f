import type { votingFi } from './fi.ts';

export const votingSv: Record<keyof typeof votingFi, string> = {
  'vote.label': 'Omröstning',
};
