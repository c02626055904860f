import { addStep, createPath, isVisibleNote, readAllNotes, readPaths } from '@avaa/board-model';
import { afterEach, describe, expect, test } from 'vitest';
import { must } from './helpers/apiResults.ts';
import { connectAs, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { getExport, NOTES, pdfText, workshopWithNotes } from './helpers/exchange.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { connectRoom, groupRoom } from './helpers/workshop.ts';

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

/** The PDF's words, as poppler reads them, with line-end hyphens joined. */
function words(dir: string, bytes: Uint8Array): string {
  return pdfText(dir, bytes)
    .replace(/-\n\s*/g, '')
    .replace(/\s+/g, ' ');
}

describe('GET .../export?format=pdf&kind=paths (issue 17)', () => {
  test('prints the common table paths as sheets and lanes, and the table with its paths', async () => {
    const server = await startTestServer();
    const { workshop } = await workshopWithNotes(server.url);
    const token = workshop.sync.tokens.facilitator;
    const table = connectAs(workshop, 'facilitator');
    await synced(table);
    const note = await eventually(() => {
      const id = readAllNotes(table.doc).find((n) => isVisibleNote(n) && n.text === NOTES.plenary)?.id;
      if (!id) throw new Error('note not synced yet');
      return id;
    });
    const path = must(createPath(table.doc, { name: 'Kertakävijä' }));
    must(addStep(table.doc, path, { noteId: note }));
    must(
      addStep(table.doc, path, {
        phase: 'start',
        text: 'Asumisneuvonta',
        risk: { kind: 'counter-to-counter', reason: 'Kolme luukkua' },
      }),
    );
    // Another client reading both steps: the server has them.
    const other = connectAs(workshop, 'viewer');
    await eventually(() => expect(readPaths(other.doc)[0]?.steps).toHaveLength(2));
    const sheets = await getExport(server.url, workshop.id, 'format=pdf&kind=paths', token);
    expect(sheets.status).toBe(200);
    expect(sheets.headers.get('content-type')).toBe('application/pdf');
    const sheet = words(server.dataDir, sheets.bytes);
    expect(sheet).toContain('Polku A: Kertakävijä');
    expect(sheet).toContain('Puuttuva palvelu');
    expect(sheet).toContain('Riski: luukuttaminen – Kolme luukkua');

    const lanes = await getExport(server.url, workshop.id, 'format=pdf&kind=paths&layout=lanes&paper=A3', token);
    expect(lanes.status).toBe(200);
    expect(words(server.dataDir, lanes.bytes)).toContain('Palvelupolkunäkymä');

    const marked = await getExport(server.url, workshop.id, 'format=pdf&kind=table&paths=1', token);
    expect(marked.status).toBe(200);
    const markedText = words(server.dataDir, marked.bytes);
    expect(markedText).toContain('▸A1');
    expect(markedText).toContain('Polku A: Kertakävijä');
  });

  test('a group board without paths prints how to add one, not an error', async () => {
    const server = await startTestServer();
    const { workshop, anna } = await workshopWithNotes(server.url);
    const group = connectRoom(workshop, groupRoom(workshop, 1), anna.token);
    await synced(group);
    const pdf = await getExport(
      server.url,
      workshop.id,
      'format=pdf&kind=paths&layout=lanes&board=group-1',
      workshop.sync.tokens.facilitator,
    );
    expect(pdf.status).toBe(200);
    expect(words(server.dataDir, pdf.bytes)).toContain('Taululla ei ole vielä palvelupolkuja.');
  });

  test('a bad layout, paper or flag is refused with the API error naming the field', async () => {
    const server = await startTestServer();
    const { workshop } = await workshopWithNotes(server.url);
    const token = workshop.sync.tokens.facilitator;
    const cases = {
      'format=pdf&kind=paths&layout=grid': { field: 'layout', allowed: ['sheets', 'lanes'] },
      'format=pdf&kind=paths&paper=A1': { field: 'paper', allowed: ['A4', 'A3'] },
      'format=pdf&kind=table&paths=true': { field: 'paths', allowed: ['0', '1'] },
    };
    for (const [query, refusal] of Object.entries(cases)) {
      const answer = await getExport(server.url, workshop.id, query, token);
      expect(answer.status, query).toBe(400);
      expect(JSON.parse(answer.text), query).toEqual({ error: 'invalid-parameter', ...refusal });
    }
  });
});
