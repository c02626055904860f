/** The agreements register, rounds and their comparison, the feedback page (Finnish, the source). */
export const agreementsFi = {
  'agreements.heading': 'Sopimukset',
} as const;
