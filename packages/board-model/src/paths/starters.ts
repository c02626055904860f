import type { Localized } from '../template.ts';

/**
 * Client archetypes to start a path from, offered when a path is created: kinds of clients,
 * never a real person. The one-time visitor is the method's own ("kertakävijät"), whose path
 * ends early on purpose; the others are the usual reasons a young person comes to an Ohjaamo.
 */
export const PATH_STARTERS: readonly { readonly name: Localized; readonly description: Localized }[] = [
  {
    name: { fi: 'Kertakävijä', sv: 'Engångsbesökare', en: 'One-time visitor' },
    description: {
      fi: 'Tulee kerran kysymään yhtä asiaa; varsinaista asiakasprosessia ei synny.',
      sv: 'Kommer en gång med en fråga; någon egentlig kundprocess uppstår inte.',
      en: 'Comes once with one question; no client process forms.',
    },
  },
  {
    name: {
      fi: 'Nuori, joka etsii opiskelupaikkaa',
      sv: 'Ung som söker studieplats',
      en: 'Young person looking for a place to study',
    },
    description: {
      fi: 'Tarvitsee ohjausta koulutusvalintoihin ja hakemiseen.',
      sv: 'Behöver vägledning i val av utbildning och ansökan.',
      en: 'Needs guidance in choosing and applying for education.',
    },
  },
  {
    name: {
      fi: 'Nuori, joka tarvitsee monialaista tukea',
      sv: 'Ung som behöver sektorsövergripande stöd',
      en: 'Young person who needs multi-professional support',
    },
    description: {
      fi: 'Asioita usealla sektorilla yhtä aikaa: toimeentulo, asuminen, terveys, opinnot tai työ.',
      sv: 'Ärenden inom flera sektorer samtidigt: försörjning, boende, hälsa, studier eller arbete.',
      en: 'Matters in several sectors at once: income, housing, health, studies or work.',
    },
  },
];
