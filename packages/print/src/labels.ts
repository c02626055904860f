import { type AgreementStatus, dotCount, formatDate, type Language, type NoteKind } from '@avaa/board-model';

/** Every word the printables print that is not the user's: one small dictionary per language. */
export type PrintLabels = {
  readonly table: string;
  readonly page: (n: number, total: number) => string;
  readonly commonTable: string;
  readonly group: (n: number) => string;
  /** A group's short tag on a note ("R2"), so provenance reads without colour. */
  readonly groupTag: (n: number) => string;
  readonly kind: Readonly<Record<NoteKind, string>>;
  readonly votes: (n: number) => string;
  readonly stacked: (n: number) => string;
  readonly continues: string;
  readonly continued: string;
  readonly poster: string;
  /** "Juliste A1 9 × A4-arkille": the poster, and how many sheets of which paper it takes. */
  readonly posterOn: (poster: string, sheets: number, sheet: string) => string;
  /** Where a poster's sheet goes: "rivi 1, sarake 2". */
  readonly sheet: (row: number, column: number) => string;
  readonly processCard: string;
  readonly noteCard: string;
  readonly blankTemplate: string;
  readonly scan: string;
  readonly date: (iso: string) => string;
  /** The agreements memo. */
  readonly memo: {
    readonly title: string;
    readonly latestRound: (name: string, date: string) => string;
    readonly owner: string;
    readonly due: string;
    readonly status: Readonly<Record<AgreementStatus, string>>;
    readonly none: string;
  };
};

const fi: PrintLabels = {
  table: 'Asiakasprosessitaulukko',
  page: (n, total) => `Sivu ${n}/${total}`,
  commonTable: 'Yhteinen taulukko',
  group: (n) => `Ryhmä ${n}`,
  groupTag: (n) => `R${n}`,
  kind: { note: '', gap: 'PUUTE', idea: 'IDEA' },
  votes: (n) => dotCount(n, 'fi'),
  stacked: (n) => `+${n} samaa`,
  continues: 'jatkuu seuraavalla sivulla →',
  continued: 'jatkuu',
  poster: 'Juliste',
  posterOn: (poster, sheets, sheet) => `Juliste ${poster} ${sheets} × ${sheet}-arkille`,
  sheet: (row, column) => `rivi ${row}, sarake ${column}`,
  processCard: 'Asiakasprosessikortti',
  noteCard: 'Lappu',
  blankTemplate: 'Tyhjä pohja',
  scan: 'Avaa taulu puhelimella',
  date: (iso) => formatDate(iso, 'fi'),
  memo: {
    title: 'Sopimusmuistio',
    latestRound: (name, date) => `Viimeisin kierros: ${name} (${formatDate(date, 'fi')})`,
    owner: 'Vastuu',
    due: 'Määräaika',
    status: { open: 'Avoin', 'in-progress': 'Työn alla', done: 'Valmis', dropped: 'Luovuttu' },
    none: 'Ei kohtia.',
  },
};

const sv: PrintLabels = {
  table: 'Kundprocesstabell',
  page: (n, total) => `Sida ${n}/${total}`,
  commonTable: 'Gemensam tabell',
  group: (n) => `Grupp ${n}`,
  groupTag: (n) => `G${n}`,
  kind: { note: '', gap: 'BRIST', idea: 'IDÉ' },
  votes: (n) => dotCount(n, 'sv'),
  stacked: (n) => `+${n} likadana`,
  continues: 'fortsätter på nästa sida →',
  continued: 'fortsättning',
  poster: 'Affisch',
  posterOn: (poster, sheets, sheet) => `Affisch ${poster} på ${sheets} × ${sheet}`,
  sheet: (row, column) => `rad ${row}, kolumn ${column}`,
  processCard: 'Kundprocesskort',
  noteCard: 'Lapp',
  blankTemplate: 'Tom mall',
  scan: 'Öppna tavlan med telefonen',
  date: (iso) => formatDate(iso, 'sv'),
  memo: {
    title: 'Promemoria över överenskommelser',
    latestRound: (name, date) => `Senaste omgång: ${name} (${formatDate(date, 'sv')})`,
    owner: 'Ansvarig',
    due: 'Tidsfrist',
    status: { open: 'Öppen', 'in-progress': 'Pågår', done: 'Klar', dropped: 'Slopad' },
    none: 'Inga punkter.',
  },
};

const en: PrintLabels = {
  table: 'Customer-process table',
  page: (n, total) => `Page ${n}/${total}`,
  commonTable: 'Common table',
  group: (n) => `Group ${n}`,
  groupTag: (n) => `G${n}`,
  kind: { note: '', gap: 'GAP', idea: 'IDEA' },
  votes: (n) => dotCount(n, 'en'),
  stacked: (n) => `+${n} alike`,
  continues: 'continues on the next page →',
  continued: 'continued',
  poster: 'Poster',
  posterOn: (poster, sheets, sheet) => `Poster ${poster} on ${sheets} × ${sheet} sheets`,
  sheet: (row, column) => `row ${row}, column ${column}`,
  processCard: 'Customer-process card',
  noteCard: 'Note',
  blankTemplate: 'Blank template',
  scan: 'Open the board on your phone',
  date: (iso) => formatDate(iso, 'en'),
  memo: {
    title: 'Agreements memo',
    latestRound: (name, date) => `Latest round: ${name} (${formatDate(date, 'en')})`,
    owner: 'Owner',
    due: 'Due',
    status: { open: 'Open', 'in-progress': 'In progress', done: 'Done', dropped: 'Dropped' },
    none: 'No items.',
  },
};

const LABELS: Readonly<Record<Language, PrintLabels>> = { fi, sv, en };

export function labelsFor(language: Language): PrintLabels {
  return LABELS[language];
}
