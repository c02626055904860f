import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addAgreement,
  closeRound,
  closeVote,
  isVisibleNote,
  type NoteId,
  openVote,
  readAllNotes,
  updateAgreement,
  voteResults,
} from '@avaa/board-model';
import { afterEach, describe, expect, test } from 'vitest';
import { createWorkshop, getJson } from './helpers/api.ts';
import { connectAs, disconnectAll, synced } from './helpers/clients.ts';
import { placeDot } from './helpers/dots.ts';
import { eventually } from './helpers/eventually.ts';
import { exportJson, getExport, NOTES, pdfText, workshopWithNotes } from './helpers/exchange.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { connectRoom } from './helpers/workshop.ts';

/** Parsed JSON, to break on purpose field by field. */
type Json = ReturnType<typeof JSON.parse>;

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

/** Fields of one RFC 4180 line without line breaks inside quotes (enough for these notes). */
const csvFields = (line: string) =>
  [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) =>
    (m[1] ?? '').replace(/^"|"$/g, '').replace(/""/g, '"'),
  );

describe('GET /api/workshops/<id>/export', () => {
  test('json, csv and md carry every board; headers name a safe attachment', async () => {
    const server = await startTestServer();
    const { workshop } = await workshopWithNotes(server.url);
    const token = workshop.sync.tokens.facilitator;

    const json = (await exportJson(server.url, workshop)) as Json;
    expect(json).toMatchObject({ format: 'avaa-workshop', version: 1, workshop: { title: workshop.title } });
    expect(json.boards.groups['1'].notes[0].text).toBe(NOTES.group);

    const csv = await getExport(server.url, workshop.id, 'format=csv', token);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(csv.headers.get('content-disposition')).toBe(
      'attachment; filename="avaa-ohjaamo-espoo-asiakasprosessi-workshop.csv"',
    );
    expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.text.startsWith('\uFEFFvaihe,')).toBe(true);
    const lines = csv.text.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    const rows = lines.slice(0, -1).map(csvFields);
    expect(rows[0]).toEqual([
      'vaihe',
      'ulottuvuus',
      'teksti',
      'tyyppi',
      'ryhmä',
      'pistettä',
      'palvelupolku',
      'askel',
      'riski',
      'kommentit',
      'reaktiot',
    ]);
    expect(rows).toContainEqual([
      'Ennen asiakkuuden alkua',
      'Toimenpiteet ja palvelut',
      NOTES.plenary,
      'lappu',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(rows.find((row) => row[2] === NOTES.group)?.[4]).toBe('1');
    expect(rows.find((row) => row[2] === NOTES.sami)).toHaveLength(11);

    const md = await getExport(server.url, workshop.id, 'format=md', token);
    expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    for (const text of Object.values(NOTES)) expect(md.text).toContain(text);
    expect(md.text).toContain('Ryhmä 1: Anna');
  });

  test('a PDF of the common table and of a group board reads back with the notes', async () => {
    const server = await startTestServer();
    const { workshop } = await workshopWithNotes(server.url);
    const token = workshop.sync.tokens.facilitator;
    const table = await getExport(server.url, workshop.id, 'format=pdf&kind=table&paper=A3', token);
    expect(table.status).toBe(200);
    expect(table.headers.get('content-type')).toBe('application/pdf');
    expect(table.headers.get('content-disposition')).toBe(
      'attachment; filename="avaa-ohjaamo-espoo-asiakasprosessi-plenary.pdf"',
    );
    // Notes wrap inside their cells: every word must come back whole, with its letters intact.
    const words = pdfText(server.dataDir, table.bytes).split(/\s+/);
    for (const word of `${NOTES.plenary} ${NOTES.sami}`.split(' ')) expect(words).toContain(word);
    expect(words).not.toContain('Hälsning:');
    const group = await getExport(server.url, workshop.id, 'format=pdf&kind=notecards&board=group-1', token);
    expect(group.status).toBe(200);
    const groupWords = pdfText(server.dataDir, group.bytes).split(/\s+/);
    for (const word of NOTES.group.split(' ')) expect(groupWords).toContain(word);
    for (const kind of ['poster&paper=A1&sheet=A3', 'cards&card=A6', 'blank&paper=A2']) {
      const pdf = await getExport(server.url, workshop.id, `format=pdf&kind=${kind}`, token);
      expect(pdf.status, kind).toBe(200);
      expect(new TextDecoder().decode(pdf.bytes.slice(0, 5))).toBe('%PDF-');
    }
  });

  test('needs the facilitator: participant and viewer 403, no or a bad token 401; token parameter works', async () => {
    const server = await startTestServer();
    const { workshop, anna } = await workshopWithNotes(server.url);
    const { tokens } = workshop.sync;
    expect((await getExport(server.url, workshop.id, 'format=json', tokens.participant)).status).toBe(403);
    expect((await getExport(server.url, workshop.id, 'format=json', tokens.viewer)).status).toBe(403);
    expect((await getExport(server.url, workshop.id, 'format=json', anna.token)).status).toBe(403);
    expect((await getExport(server.url, workshop.id, 'format=json')).status).toBe(401);
    expect((await getExport(server.url, workshop.id, 'format=json', 'v1.bad.token')).status).toBe(401);
    const byParameter = await getExport(server.url, workshop.id, `format=md&token=${tokens.facilitator}`);
    expect(byParameter.status).toBe(200);
  });

  test('bad parameters are typed 400s naming the field', async () => {
    const server = await startTestServer();
    const { workshop } = await workshopWithNotes(server.url);
    const token = workshop.sync.tokens.facilitator;
    const cases = {
      '': 'format',
      'format=docx': 'format',
      'format=pdf&kind=agenda': 'kind',
      'format=pdf&paper=A0': 'paper',
      'format=pdf&kind=poster&paper=A3': 'paper',
      'format=pdf&kind=cards&card=A4': 'card',
      'format=pdf&board=group-x': 'board',
    };
    for (const [query, field] of Object.entries(cases)) {
      const answer = await getExport(server.url, workshop.id, query, token);
      expect(answer.status, query).toBe(400);
      expect(JSON.parse(answer.text), query).toMatchObject({ error: 'invalid-parameter', field });
    }
    // An unknown kind lists the kinds there are.
    const kind = await getExport(server.url, workshop.id, 'format=pdf&kind=minutes', token);
    expect(JSON.parse(kind.text)).toEqual({
      error: 'invalid-parameter',
      field: 'kind',
      allowed: ['table', 'poster', 'cards', 'notecards', 'blank', 'agreements', 'paths'],
    });
    const missing = await getExport(server.url, workshop.id, 'format=pdf&board=group-9', token);
    expect(JSON.parse(missing.text)).toEqual({ error: 'unknown-group', field: 'board' });
  });

  test('reads stored boards without keeping their rooms loaded', async () => {
    const server = await startTestServer();
    const workshop = await createWorkshop(server.url);
    const json = await exportJson(server.url, workshop);
    expect(json).toMatchObject({ boards: { plenary: { notes: [] }, groups: {} } });
    // The workshop room and the common table unload after the grace period (200 ms here).
    await eventually(async () => expect((await getJson(`${server.url}/healthz`)).body).toMatchObject({ rooms: 0 }));
  });

  test('kind=agreements prints the register; votes reach the CSV and the PDFs once the vote closes', async () => {
    const server = await startTestServer();
    const { workshop, anna, facilitator } = await workshopWithNotes(server.url);
    const token = workshop.sync.tokens.facilitator;
    const must = <T>(result: { ok: true; value: T } | { ok: false; error: string }): T => {
      if (!result.ok) throw new Error(result.error);
      return result.value;
    };
    must(addAgreement(facilitator.doc, 'decide-now', { text: 'Yhteinen ajanvaraus – ”heti”', owner: 'Åsa Öberg' }));
    const item = must(addAgreement(facilitator.doc, 'adoption', { text: 'Perehdytys', due: '2027-01-15' }));
    must(updateAgreement(facilitator.doc, item, { status: 'done' }));

    const table = connectAs(workshop, 'facilitator');
    const annaTable = connectRoom(workshop, workshop.sync.board, anna.token);
    await synced(table, annaTable);
    const noteOf = (text: string) =>
      readAllNotes(table.doc).find((note) => isVisibleNote(note) && note.text === text)?.id as NoteId;
    const vote = must(openVote(table.doc, { dotsPerPerson: 2 }));
    await eventually(() => expect(annaTable.doc.getMap('votes').has(vote)).toBe(true));
    for (let dot = 0; dot < 2; dot++) {
      const placed = await placeDot(server.url, workshop, vote, anna.token, noteOf(NOTES.plenary));
      expect(placed.status).toBe(201);
    }
    const votesColumn = async () => {
      const csv = await getExport(server.url, workshop.id, 'format=csv', token);
      return csv.text
        .slice(1)
        .split('\r\n')
        .slice(1, -1)
        .map((line) => csvFields(line)[5]);
    };
    await eventually(async () => {
      const json = (await exportJson(server.url, workshop)) as Json;
      expect(json.votes[0].perNote).toEqual([{ note: noteOf(NOTES.plenary), dots: 2 }]);
    });
    expect(new Set(await votesColumn())).toEqual(new Set(['']));
    // Closing freezes the closer's tally: it must have Anna's dots first.
    await eventually(() => expect(voteResults(table.doc, vote)?.totalDots).toBe(2));
    must(closeVote(table.doc, vote));
    must(closeRound(facilitator.doc, table.doc, { name: 'Syyskierros', date: '2026-11-24' }));
    await eventually(async () => expect(await votesColumn()).toEqual(['2', '0', '']));

    const pdf = await getExport(server.url, workshop.id, 'format=pdf&kind=table', token);
    const tableText = pdfText(server.dataDir, pdf.bytes).replace(/\s+/g, ' ');
    expect(tableText).toContain('2 pistettä');
    expect(tableText).toContain('Syyskierros');

    const memo = await getExport(server.url, workshop.id, 'format=pdf&kind=agreements', token);
    expect(memo.status).toBe(200);
    expect(memo.headers.get('content-disposition')).toBe(
      'attachment; filename="avaa-ohjaamo-espoo-asiakasprosessi-agreements.pdf"',
    );
    const memoText = pdfText(server.dataDir, memo.bytes).replace(/\s+/g, ' ');
    for (const text of ['Sopimusmuistio', 'Yhteinen ajanvaraus – ”heti”', 'Vastuu: Åsa Öberg', 'Avoin', 'Valmis']) {
      expect(memoText).toContain(text);
    }
    expect(memoText).toContain('Määräaika: 15.1.2027');
    expect(memoText).toContain('Viimeisin kierros: Syyskierros (24.11.2026)');
    const file = join(server.dataDir, 'memo.pdf');
    writeFileSync(file, memo.bytes);
    // A4 portrait exactly: 210 x 297 mm.
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.2\d* x 841\.8\d* pts/);

    const md = await getExport(server.url, workshop.id, 'format=md', token);
    expect(md.text).toContain('## Sopimukset');
    expect(md.text).toContain('- Yhteinen ajanvaraus – ”heti” — Vastuu: Åsa Öberg · avoin');
    expect(md.text).toContain('— 2 pistettä');
  });
});
