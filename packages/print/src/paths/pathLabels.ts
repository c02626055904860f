import { type Language, PATH_WORDS, RISK_KIND_WORDS, type RiskKind } from '@avaa/board-model';

/** Every word the path PDFs print that is not the user's (the shared words from board-model's wording). */
export type PathLabels = {
  /** "Palvelupolut": the path view's title and the legend's heading. */
  readonly paths: string;
  /** "Palvelupolku": a path sheet. */
  readonly sheet: string;
  /** "Palvelupolkunäkymä": the lanes. */
  readonly lanes: string;
  readonly missingService: string;
  /** "Riski: luukuttaminen". */
  readonly risk: (kind: RiskKind) => string;
  readonly skipped: string;
  /** "Askel 2/5". */
  readonly step: (n: number, total: number) => string;
  readonly steps: (n: number) => string;
  readonly path: (label: string) => string;
  readonly none: string;
  readonly howToAdd: string;
  /** What a table marker "B3" means. */
  readonly markerKey: string;
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function shared(language: Language) {
  const words = PATH_WORDS[language];
  return {
    paths: words.paths,
    missingService: capitalised(words.missingService),
    risk: (kind: RiskKind) => `${capitalised(words.risk)}: ${RISK_KIND_WORDS[language][kind]}`,
  };
}

const LABELS: Readonly<Record<Language, PathLabels>> = {
  fi: {
    ...shared('fi'),
    sheet: 'Palvelupolku',
    lanes: 'Palvelupolkunäkymä',
    skipped: 'Ohitettu vaihe',
    step: (n, total) => `Askel ${n}/${total}`,
    steps: (n) => (n === 1 ? '1 askel' : `${n} askelta`),
    path: (label) => `Polku ${label}`,
    none: 'Taululla ei ole vielä palvelupolkuja.',
    howToAdd:
      'Lisää polku taululla: valitse "Uusi polku", anna sille asiakastyypin nimi (ei oikean henkilön) ja valitse taulukon lappuja vaiheiden järjestyksessä tai lisää vapaa askel vaiheeseen, jossa palvelu puuttuu.',
    markerKey: 'Merkintä B3 lapussa: polun B askel 3.',
  },
  sv: {
    ...shared('sv'),
    sheet: 'Servicestig',
    lanes: 'Vy över servicestigar',
    skipped: 'Överhoppad fas',
    step: (n, total) => `Steg ${n}/${total}`,
    steps: (n) => (n === 1 ? '1 steg' : `${n} steg`),
    path: (label) => `Stig ${label}`,
    none: 'Tavlan har ännu inga servicestigar.',
    howToAdd:
      'Lägg till en stig på tavlan: välj "Ny stig", ge den namnet på en kundtyp (inte en verklig person) och välj lappar i tabellen i fasernas ordning, eller lägg till ett fritt steg i en fas där tjänsten saknas.',
    markerKey: 'Märket B3 på en lapp: stig B, steg 3.',
  },
  en: {
    ...shared('en'),
    sheet: 'Service path',
    lanes: 'Path view',
    skipped: 'Phase skipped',
    step: (n, total) => `Step ${n}/${total}`,
    steps: (n) => (n === 1 ? '1 step' : `${n} steps`),
    path: (label) => `Path ${label}`,
    none: 'The board has no service paths yet.',
    howToAdd:
      'Add a path on the board: choose "New path", name it for a kind of client (never a real person) and pick notes of the table in the order of the phases, or add a free step in a phase where the service is missing.',
    markerKey: 'Mark B3 on a note: path B, step 3.',
  },
};

export function pathLabelsFor(language: Language): PathLabels {
  return LABELS[language];
}

/** The risk mark: a symbol and the words, so it reads in greyscale and aloud. */
export const RISK_SYMBOL = '⚠';
