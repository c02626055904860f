import type { agreementsFi } from './fi.ts';

export const agreementsEn: Record<keyof typeof agreementsFi, string> = {
  'agreements.heading': 'Agreements',
};
