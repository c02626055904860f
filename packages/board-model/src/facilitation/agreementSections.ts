import type { Localized } from '../template.ts';

/**
 * The method's six questions for after the first round (domain.md), one register section each.
 * The Finnish questions are the method's own words; Swedish and English are translations.
 */
export const AGREEMENT_SECTION_IDS = [
  'decide-now',
  'needs-preparation',
  'needs-management',
  'adoption',
  'next-meeting',
  'other-material',
] as const;
export type AgreementSectionId = (typeof AGREEMENT_SECTION_IDS)[number];

export type AgreementSection = {
  readonly id: AgreementSectionId;
  readonly title: Localized;
  readonly question: Localized;
};

export const AGREEMENT_SECTIONS: readonly AgreementSection[] = [
  {
    id: 'decide-now',
    title: { fi: 'Päätetään nyt', sv: 'Beslutas nu', en: 'Decided now' },
    question: {
      fi: 'Mitä voimme sopia ja päättää tässä ja nyt?',
      sv: 'Vad kan vi komma överens om och besluta här och nu?',
      en: 'What can we agree and decide here and now?',
    },
  },
  {
    id: 'needs-preparation',
    title: { fi: 'Vaatii valmistelua', sv: 'Kräver beredning', en: 'Needs preparation' },
    question: {
      fi: 'Mitkä asiat vaativat valmistelua? Ketkä sen tekevät? Milloin asiaan palataan?',
      sv: 'Vad kräver beredning? Vem bereder det? När återkommer vi till det?',
      en: 'What needs preparation? Who prepares it? When do we come back to it?',
    },
  },
  {
    id: 'needs-management',
    title: { fi: 'Vaatii johdon päätöstä', sv: 'Kräver ledningens beslut', en: 'Needs a management decision' },
    question: {
      fi: 'Mitkä asiat vaativat esimies- tai johtotason päätöksiä? Miten ja ketkä vievät asiat eteenpäin?',
      sv: 'Vad kräver beslut av chefer eller ledningen? Vem för det vidare, och hur?',
      en: "What needs a supervisor's or management decision? Who takes it forward, and how?",
    },
  },
  {
    id: 'adoption',
    title: { fi: 'Käyttöönotto', sv: 'Ibruktagande', en: 'Adoption' },
    question: {
      fi: 'Millä aikataululla otamme asiakasprosessin käyttöön? Miten varmistamme, että myös poissaolijat ja tulevat uudet työntekijät perehdytetään asiakasprosessiin?',
      sv: 'Enligt vilken tidtabell tar vi kundprocessen i bruk? Hur ser vi till att också frånvarande och framtida nya anställda introduceras i kundprocessen?',
      en: 'On what schedule do we adopt the client process? How do we make sure absentees and future new employees are introduced to it?',
    },
  },
  {
    id: 'next-meeting',
    title: { fi: 'Miten jatkamme', sv: 'Hur vi fortsätter', en: 'How we go on' },
    question: {
      fi: 'Miten jatkamme työskentelyä? Milloin kokoonnumme arvioimaan ja tarvittaessa päivittämään prosessitaulukkoa?',
      sv: 'Hur fortsätter vi arbetet? När samlas vi för att utvärdera och vid behov uppdatera processtabellen?',
      en: 'How do we go on? When do we meet to evaluate and, where needed, update the process table?',
    },
  },
  {
    id: 'other-material',
    title: { fi: 'Muut aineistot', sv: 'Annat material', en: 'Other material' },
    question: {
      fi: 'Onko tarpeen muokata taulukon pohjalta muita aineistoja: palvelupolkukuvauksia, viestintää asiakkaille, yhteydenpitoa verkostolla ja sidosryhmille?',
      sv: 'Behöver annat material ändras utifrån tabellen: beskrivningar av servicestigar, kommunikation till kunder, kontakter med nätverket och intressentgrupperna?',
      en: 'Should other material be changed from the table: service path descriptions, communication to clients, contacts with the network and stakeholders?',
    },
  },
];

export function isAgreementSectionId(value: unknown): value is AgreementSectionId {
  return typeof value === 'string' && (AGREEMENT_SECTION_IDS as readonly string[]).includes(value);
}
