import { describe, expect, it } from 'vitest';
import { SAMPLE_TEXTS, sampleWorkshop } from '../testing/sampleWorkshop.ts';
import { exportWorkshop } from './exportWorkshop.ts';
import { MAX_SHEET_NAME_LENGTH, sheetName } from './sheetName.ts';
import { MAX_SHEET_TEXT_LENGTH, sheetText, type WorkshopSheet, workshopSheets } from './sheets.ts';
import type { ExportedAgreement, ExportedVote, WorkshopExport } from './types.ts';

const sampleExport = (): WorkshopExport => {
  const sample = sampleWorkshop();
  return exportWorkshop(sample.workshop, sample);
};

const headers = (sheet: WorkshopSheet | undefined) => sheet?.columns.map((column) => column.header);
const column = (sheet: WorkshopSheet, header: string) => {
  const index = sheet.columns.findIndex((entry) => entry.header === header);
  if (index < 0) throw new Error(`no column ${header}`);
  return sheet.rows.map((row) => row[index]);
};

const agreement = (over: Partial<ExportedAgreement>): ExportedAgreement => ({
  id: 'a1',
  section: 'decide-now',
  order: 'a0',
  text: 'Yhteinen ajanvaraus',
  owner: 'Åsa Öberg',
  due: '2027-01-15',
  status: 'in-progress',
  notes: [],
  createdAt: 1_700_000_000_000,
  ...over,
});

/** A closed vote on the sample's first visible common-table notes, named (`perPerson` given). */
function withVote(data: WorkshopExport): WorkshopExport {
  const [first, second] = data.boards.plenary.notes.filter((note) => !note.deleted && note.stackedInto === null);
  if (!first || !second) throw new Error('sample without notes');
  const vote: ExportedVote = {
    id: 'v1',
    dotsPerPerson: 3,
    anonymous: false,
    openedAt: 1_700_000_500_000,
    closed: true,
    perNote: [
      { note: second.id, dots: 4 },
      { note: first.id, dots: 1 },
    ],
    perPerson: [{ person: data.people[0]?.id as never, notes: [second.id] }],
  };
  return { ...data, votes: [vote] };
}

describe('workshopSheets', () => {
  it('makes a sheet per board, then the paths, agreements and votes, named in Finnish', () => {
    const sheets = workshopSheets(sampleExport());
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      'Yhteinen taulukko',
      'Ryhmä 1',
      'Ryhmä 2',
      'Palvelupolut',
      'Sopimukset',
      'Pisteäänestykset',
    ]);
    const [plenary, group] = sheets;
    expect(headers(plenary)).toEqual([
      'vaihe',
      'ulottuvuus',
      'teksti',
      'tyyppi',
      'väri',
      'luotu',
      'pistettä',
      'lähteet',
      'pinossa',
      'kommentit',
      'reaktiot',
    ]);
    // Group boards are not voted on: no dots column.
    expect(headers(group)).not.toContain('pistettä');
    expect(plenary?.columns.find((entry) => entry.header === 'luotu')?.kind).toBe('time');
  });

  it('writes the rows the CSV writes, with colour, creation time, sources and stacks', () => {
    const [plenary, group1] = workshopSheets(sampleExport()) as [WorkshopSheet, WorkshopSheet];
    // 3 merged + the stack's head; the stacked member and the deleted note are left out.
    expect(plenary.rows).toHaveLength(4);
    const quoted = plenary.rows.find((row) => row[2] === SAMPLE_TEXTS.quoted);
    expect(quoted).toEqual([
      'Ennen asiakkuuden alkua',
      'Toimenpiteet ja palvelut',
      SAMPLE_TEXTS.quoted,
      'puute',
      'vaaleanpunainen',
      expect.any(Number),
      null,
      '',
      1,
      '',
      '',
    ]);
    const merged = plenary.rows.find((row) => row[2] === SAMPLE_TEXTS.finnish);
    expect(merged?.[7]).toBe('Ryhmä 1');
    expect(merged?.[4]).toBe('keltainen');
    expect(column(group1, 'teksti')).toEqual([SAMPLE_TEXTS.finnish, SAMPLE_TEXTS.sami]);
  });

  it('lists the live paths by board with numbered steps and risks', () => {
    const paths = workshopSheets(sampleExport()).find((sheet) => sheet.name === 'Palvelupolut') as WorkshopSheet;
    expect(headers(paths)).toEqual([
      'taulu',
      'palvelupolku',
      'askel',
      'vaihe',
      'ulottuvuus',
      'teksti',
      'tyyppi',
      'riski',
    ]);
    expect(paths.rows).toContainEqual([
      'Ryhmä 1',
      'Kertakävijä',
      2,
      'Alkuvaihe',
      '',
      'Asumisneuvonta',
      'puuttuva palvelu',
      'luukuttaminen: Jonotus kestää viikkoja',
    ]);
    expect(column(paths, 'palvelupolku')).not.toContain('Poistettu polku');
  });

  it("lists agreements by the method's question with owner, a due day and status", () => {
    const data = {
      ...sampleExport(),
      agreements: [agreement({}), agreement({ id: 'a2', section: 'adoption', due: null, owner: '', status: 'done' })],
    };
    const sheet = workshopSheets(data).find((entry) => entry.name === 'Sopimukset') as WorkshopSheet;
    expect(headers(sheet)).toEqual(['kysymys', 'kohta', 'vastuu', 'määräaika', 'tila']);
    expect(sheet.columns[3]?.kind).toBe('day');
    expect(sheet.rows).toEqual([
      ['1. Mitä voimme sopia ja päättää tässä ja nyt?', 'Yhteinen ajanvaraus', 'Åsa Öberg', '2027-01-15', 'työn alla'],
      [expect.stringMatching(/^4\. /), 'Yhteinen ajanvaraus', '', null, 'valmis'],
    ]);
  });

  it('gives the dots per note of each vote and never who voted', () => {
    const data = withVote(sampleExport());
    const sheets = workshopSheets(data);
    const votes = sheets.find((sheet) => sheet.name === 'Pisteäänestykset') as WorkshopSheet;
    expect(headers(votes)).toEqual([
      'äänestys avattu',
      'äänestyksen tila',
      'pisteitä / hlö',
      'vaihe',
      'ulottuvuus',
      'teksti',
      'pistettä',
    ]);
    expect(column(votes, 'pistettä')).toEqual([4, 1]);
    expect(column(votes, 'äänestyksen tila')).toEqual(['suljettu', 'suljettu']);
    const names = data.people.map((person) => person.name);
    const cells = sheets.flatMap((sheet) => sheet.rows.flat());
    for (const name of names) expect(cells).not.toContain(name);
    // The closed vote's dots reach the common table's sheet too, 0 for a note without any.
    expect(column(sheets[0] as WorkshopSheet, 'pistettä').sort()).toEqual([0, 0, 1, 4]);
  });

  it('speaks Swedish in a Swedish workshop', () => {
    const data = sampleExport();
    const sheets = workshopSheets({ ...data, workshop: { ...data.workshop, language: 'sv' } });
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      'Gemensam tabell',
      'Grupp 1',
      'Grupp 2',
      'Servicestigar',
      'Överenskommelser',
      'Prickröstningar',
    ]);
    expect(headers(sheets[0])?.slice(0, 7)).toEqual(['fas', 'dimension', 'text', 'typ', 'färg', 'skapad', 'prickar']);
    expect(headers(sheets[4])).toEqual(['fråga', 'punkt', 'ansvarig', 'senast', 'status']);
  });

  it('keeps hostile text as text: formulas stay strings, control characters go, long texts stay whole', () => {
    const data = sampleExport();
    const [first, ...rest] = data.boards.plenary.notes;
    const hostile = '=HYPERLINK("http://example.invalid","x")\u0007\r\n+1\u200E';
    const long = 'a'.repeat(500);
    const notes = [
      { ...first, text: hostile } as (typeof rest)[number],
      ...rest,
      { ...rest[0], id: 'n-long', text: long },
    ];
    const [plenary] = workshopSheets({
      ...data,
      boards: { ...data.boards, plenary: { ...data.boards.plenary, notes: notes as never } },
    }) as [WorkshopSheet];
    const texts = column(plenary, 'teksti');
    expect(texts).toContain('=HYPERLINK("http://example.invalid","x")\n+1\u200E');
    expect(texts).toContain(long);
  });
});

describe('sheetText and sheetName', () => {
  it('drops control characters but tab and line feed, and cuts at the cell bound', () => {
    expect(sheetText('a\u0000b\tc\r\nd\u001Fe\u202Ef')).toBe('ab\tc\ndef');
    const cut = sheetText(`${'x'.repeat(MAX_SHEET_TEXT_LENGTH - 1)}😀`);
    expect(cut).toHaveLength(MAX_SHEET_TEXT_LENGTH - 1);
  });

  it('makes names Excel takes: no []:*?/\\, no edge apostrophes, at most 31, unique ignoring case', () => {
    const taken = new Set<string>();
    expect(sheetName('Ryhmä [1]: a/b\\c*d?', taken)).toBe('Ryhmä 1 a b c d');
    expect(sheetName("'Lainattu'", taken)).toBe('Lainattu');
    const long = sheetName('Pitkä nimi '.repeat(5), taken);
    expect(long.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
    expect(sheetName('RYHMÄ 1 A B C D', taken)).toBe('RYHMÄ 1 A B C D (2)');
    expect(sheetName('', taken)).toBe('-');
    expect(sheetName('x'.repeat(40), taken)).toBe('x'.repeat(31));
    expect(sheetName('x'.repeat(40), taken)).toBe(`${'x'.repeat(27)} (2)`);
  });
});
