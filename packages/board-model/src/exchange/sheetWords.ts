import type { NoteColour } from '../schema.ts';
import type { Language } from '../template.ts';
import { PATH_WORDS } from '../wording.ts';
import { type CSV_COLUMNS, CSV_HEADERS } from './csv.ts';
import { AGREEMENT_WORDS } from './markdownAgreements.ts';

type Headers = Readonly<Record<(typeof CSV_COLUMNS)[number], string>>;

/**
 * The workbook's words in the workshop's language: sheet names and column headers. The columns
 * the CSV has keep the CSV's headers (one definition); the rest are the workbook's own.
 */
export type SheetWords = {
  readonly sheets: { readonly agreements: string; readonly votes: string; readonly paths: string };
  readonly board: Headers & {
    readonly colour: string;
    readonly created: string;
    readonly sources: string;
    readonly stacked: string;
  };
  readonly agreements: {
    readonly question: string;
    readonly item: string;
    readonly owner: string;
    readonly due: string;
    readonly status: string;
  };
  readonly votes: Headers & { readonly vote: string; readonly state: string; readonly perPerson: string };
  readonly voteStates: { readonly open: string; readonly closed: string };
  readonly pathBoard: string;
  readonly colours: Readonly<Record<NoteColour, string>>;
};

const OWN = {
  fi: {
    sheets: { votes: 'Pisteäänestykset' },
    board: { colour: 'väri', created: 'luotu', sources: 'lähteet', stacked: 'pinossa' },
    agreements: { question: 'kysymys', item: 'kohta', status: 'tila' },
    votes: { vote: 'äänestys avattu', state: 'äänestyksen tila', perPerson: 'pisteitä / hlö' },
    voteStates: { open: 'käynnissä', closed: 'suljettu' },
    pathBoard: 'taulu',
    colours: {
      yellow: 'keltainen',
      green: 'vihreä',
      blue: 'sininen',
      pink: 'vaaleanpunainen',
      orange: 'oranssi',
      purple: 'violetti',
    },
  },
  sv: {
    sheets: { votes: 'Prickröstningar' },
    board: { colour: 'färg', created: 'skapad', sources: 'källor', stacked: 'i högen' },
    agreements: { question: 'fråga', item: 'punkt', status: 'status' },
    votes: { vote: 'röstning öppnad', state: 'röstningens status', perPerson: 'prickar / person' },
    voteStates: { open: 'pågår', closed: 'stängd' },
    pathBoard: 'tavla',
    colours: { yellow: 'gul', green: 'grön', blue: 'blå', pink: 'rosa', orange: 'orange', purple: 'lila' },
  },
  en: {
    sheets: { votes: 'Dot votes' },
    board: { colour: 'colour', created: 'created', sources: 'sources', stacked: 'stacked' },
    agreements: { question: 'question', item: 'item', status: 'status' },
    votes: { vote: 'vote opened', state: 'vote status', perPerson: 'dots / person' },
    voteStates: { open: 'open', closed: 'closed' },
    pathBoard: 'board',
    colours: { yellow: 'yellow', green: 'green', blue: 'blue', pink: 'pink', orange: 'orange', purple: 'purple' },
  },
} as const satisfies Record<Language, unknown>;

export function sheetWords(language: Language): SheetWords {
  const own = OWN[language];
  const csv = CSV_HEADERS[language];
  const agreement = AGREEMENT_WORDS[language];
  return {
    sheets: { agreements: agreement.heading, votes: own.sheets.votes, paths: PATH_WORDS[language].paths },
    board: { ...csv, ...own.board },
    agreements: {
      ...own.agreements,
      owner: agreement.owner.toLocaleLowerCase(language),
      due: agreement.due.toLocaleLowerCase(language),
    },
    votes: { ...csv, ...own.votes },
    voteStates: own.voteStates,
    pathBoard: own.pathBoard,
    colours: own.colours,
  };
}
