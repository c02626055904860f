import type { agreementsFi } from './fi.ts';

export const agreementsSv: Record<keyof typeof agreementsFi, string> = {
  'agreements.heading': 'Överenskommelser',
};
