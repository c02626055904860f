/**
 * The customer-process table ("asiakasprosessitaulukko"): 5 client-relationship phases as
 * columns and 3 dimensions as rows. Fixed by the method; boards store notes, not the template.
 */
import type { Language } from '@avaa/protocol';

// The languages are defined in @avaa/protocol (a workshop's is chosen over HTTP); re-exported here.
export { isLanguage, LANGUAGES, type Language } from '@avaa/protocol';
export type Localized = Readonly<Record<Language, string>>;

export const PHASE_IDS = ['before', 'start', 'during', 'ending', 'followup'] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

export const DIMENSION_IDS = ['services', 'collaboration', 'participation'] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];

export type Phase = { readonly id: PhaseId; readonly name: Localized; readonly prompt: Localized };
export type Dimension = {
  readonly id: DimensionId;
  readonly name: Localized;
  readonly question: Localized;
};

export const PHASES: readonly Phase[] = [
  {
    id: 'before',
    name: {
      fi: 'Ennen asiakkuuden alkua',
      sv: 'Innan kundrelationen börjar',
      en: 'Before the client relationship',
    },
    prompt: {
      fi: 'Markkinointi ja viestintä, joilla Ohjaamo tulee tunnetuksi mahdollisten asiakkaiden keskuudessa.',
      sv: 'Marknadsföring och kommunikation genom vilka Navigatorn blir känd bland möjliga kunder.',
      en: 'Marketing and communication through which the Ohjaamo becomes known to potential clients.',
    },
  },
  {
    id: 'start',
    name: { fi: 'Alkuvaihe', sv: 'Inledningsskedet', en: 'Start' },
    prompt: {
      fi: 'Sisäänpääsy päivystys- ja ajanvarauspalveluihin, matala kynnys, kohtaaminen, palvelu- ja ohjaustarpeen tunnistaminen ja arviointi.',
      sv: 'Att komma in: drop in och tidsbokning, låg tröskel, det första mötet, att identifiera och bedöma behovet av service och vägledning.',
      en: 'Getting in: drop-in and appointment services, low threshold, the first encounter, identifying and assessing the need for service and guidance.',
    },
  },
  {
    id: 'during',
    name: { fi: 'Asiakkuuden aikana', sv: 'Under kundrelationen', en: 'During the client relationship' },
    prompt: {
      fi: 'Monenlaiset toimenpiteet; palvelun jatkuvuus, ei luukuttamista; aito monialainen työ (työparityö, tiimityö, verkostotapaamiset, solmutyöskentely).',
      sv: 'Många slags åtgärder; kontinuitet för kunden, ingen hänvisning från lucka till lucka; verkligt sektorsövergripande arbete (pararbete, teamarbete, nätverksmöten).',
      en: 'Many kinds of measures; continuity for the client; no sending the client from counter to counter; real multi-professional work (pair work, team work, network meetings).',
    },
  },
  {
    id: 'ending',
    name: { fi: 'Asiakkuuden päättövaihe', sv: 'Avslutningsskedet', en: 'Ending' },
    prompt: {
      fi: 'Jatkopolut, siirtyminen muihin palveluihin ja sen varmistaminen, että asiakas voi palata Ohjaamoon.',
      sv: 'Fortsatta vägar, övergång till andra tjänster och att säkerställa att kunden kan komma tillbaka.',
      en: 'Onward paths, moving on to other services, making sure the client can come back.',
    },
  },
  {
    id: 'followup',
    name: { fi: 'Seurantavaihe', sv: 'Uppföljningsskedet', en: 'Follow-up' },
    prompt: {
      fi: 'Ohjaamo päättää itse: seurataanko jatkopolkuja, kerätäänkö pitkän aikavälin seuranta- tai palautetietoa, arvioidaanko vaikutuksia myöhemmin?',
      sv: 'Varje Navigator avgör: följs de fortsatta vägarna upp, samlas långsiktig uppföljning eller respons in, bedöms effekterna senare?',
      en: 'Each Ohjaamo decides: follow onward paths? collect long-term follow-up or feedback? assess impact later?',
    },
  },
];

export const DIMENSIONS: readonly Dimension[] = [
  {
    id: 'services',
    name: { fi: 'Toimenpiteet ja palvelut', sv: 'Åtgärder och tjänster', en: 'Measures and services' },
    question: {
      fi: 'Mitä toimenpiteitä ja palveluja tarjotaan?',
      sv: 'Vilka åtgärder och tjänster erbjuds?',
      en: 'What measures and services are offered?',
    },
  },
  {
    id: 'collaboration',
    name: {
      fi: 'Työntekijöiden ja monialainen yhteistyö',
      sv: 'Personalens och det sektorsövergripande samarbetet',
      en: 'Staff and multi-professional collaboration',
    },
    question: {
      fi: 'Miten työntekijöiden yhteistyö ja erityisesti monialainen yhteistyö toteutetaan ja varmistetaan?',
      sv: 'Hur genomförs och säkerställs personalens samarbete, särskilt det sektorsövergripande samarbetet?',
      en: 'How is staff collaboration, especially multi-professional collaboration, carried out and ensured?',
    },
  },
  {
    id: 'participation',
    name: {
      fi: 'Asiakkaan osallisuus ja toimijuus',
      sv: 'Kundens delaktighet och aktörskap',
      en: 'Client participation and agency',
    },
    question: {
      fi: 'Miten asiakkaan osallisuus ja toimijuus pysyvät palvelun keskiössä tässä vaiheessa?',
      sv: 'Hur förblir kundens delaktighet och aktörskap i centrum för tjänsten i detta skede?',
      en: 'How do the client’s participation and agency stay at the centre of the service in this phase?',
    },
  },
];

/** A cell of the table, written `<phase>:<dimension>`. */
export type CellId = `${PhaseId}:${DimensionId}`;

export function cellId(phase: PhaseId, dimension: DimensionId): CellId {
  return `${phase}:${dimension}`;
}

/** All 15 cells, row by row (dimension), then column by column (phase). */
export const CELL_IDS: readonly CellId[] = DIMENSION_IDS.flatMap((d) => PHASE_IDS.map((p) => cellId(p, d)));

const cellSet: ReadonlySet<string> = new Set(CELL_IDS);

export function isCellId(value: unknown): value is CellId {
  return typeof value === 'string' && cellSet.has(value);
}

export function isPhaseId(value: unknown): value is PhaseId {
  return typeof value === 'string' && (PHASE_IDS as readonly string[]).includes(value);
}

export function parseCellId(cell: CellId): { phase: PhaseId; dimension: DimensionId } {
  const [phase, dimension] = cell.split(':') as [PhaseId, DimensionId];
  return { phase, dimension };
}

export function phaseOf(id: PhaseId): Phase {
  return PHASES.find((p) => p.id === id) as Phase;
}

export function dimensionOf(id: DimensionId): Dimension {
  return DIMENSIONS.find((d) => d.id === id) as Dimension;
}
