import { addStep, createNote, createPath, isVisibleNote, readAllNotes } from '@avaa/board-model';
import { Resvg } from '@resvg/resvg-js';
import { afterEach, describe, expect, test } from 'vitest';
import { must } from './helpers/apiResults.ts';
import { connectAs, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { getExport, NOTES, workshopWithNotes } from './helpers/exchange.ts';
import { decodePng, hasPngSignature, inkShare, pixelsOf } from './helpers/png.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

/** A yellow note's fill on the table (print's `noteFill`, the board's own yellow). */
const YELLOW: readonly [number, number, number] = [0xff, 0xf2, 0xa8];

const HOSTILE = '<script>alert("x")</script> ]]> & "lainaus" 👩🏽‍🚀 עברית';

/** SVG text as a strict XML parser reads it (resvg's roxmltree refuses anything malformed). */
function parsesAsSvg(svg: string): boolean {
  return new Resvg(svg, { font: { loadSystemFonts: false } }).width > 0;
}

describe('GET .../export?format=png|svg (issue 18, the board as an image)', () => {
  test('the common table as a PNG a slide takes: signature, size, ink and its notes drawn', async () => {
    const server = await startTestServer();
    const { workshop } = await workshopWithNotes(server.url);
    const token = workshop.sync.tokens.facilitator;
    const png = await getExport(server.url, workshop.id, 'format=png', token);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(png.headers.get('content-disposition')).toMatch(
      /^attachment; filename="avaa-[a-z0-9-]+-plenary-table\.png"$/,
    );
    expect(hasPngSignature(png.bytes)).toBe(true);
    const image = decodePng(png.bytes);
    // Two notes fit an A4 table: 297 x 210 mm at 1920 px wide.
    expect([image.width, image.height]).toEqual([1920, 1358]);
    expect(inkShare(image)).toBeGreaterThan(0.01);
    expect(pixelsOf(image, YELLOW)).toBeGreaterThan(2 * 1000);

    const sharp = decodePng((await getExport(server.url, workshop.id, 'format=png&scale=2', token)).bytes);
    expect([sharp.width, sharp.height]).toEqual([3840, 2716]);
  });

  test('an SVG of a group board: parsed, in its language, with the notes as text', async () => {
    const server = await startTestServer();
    const { workshop } = await workshopWithNotes(server.url);
    const token = workshop.sync.tokens.facilitator;
    const svg = await getExport(server.url, workshop.id, 'format=svg&board=group-1', token);
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(svg.headers.get('content-disposition')).toMatch(/-group-1-table\.svg"$/);
    expect(parsesAsSvg(svg.text)).toBe(true);
    expect(svg.text).toContain('lang="fi"');
    expect(svg.text).toContain('Asiakasprosessitaulukko</title>');
    expect(svg.text.replace(/<[^>]+>|\s|-/g, '')).toContain(NOTES.group.replace(/\s|-/g, ''));
  });

  test('a hostile note written through the socket comes out as inert text, and the paths as marks', async () => {
    const server = await startTestServer();
    const { workshop } = await workshopWithNotes(server.url);
    const token = workshop.sync.tokens.facilitator;
    const table = connectAs(workshop, 'facilitator');
    await synced(table);
    must(createNote(table.doc, 'ending:services', { text: HOSTILE }));
    const note = await eventually(() => {
      const id = readAllNotes(table.doc).find((n) => isVisibleNote(n) && n.text === NOTES.plenary)?.id;
      if (!id) throw new Error('note not synced yet');
      return id;
    });
    const path = must(createPath(table.doc, { name: 'Kertakävijä' }));
    must(addStep(table.doc, path, { noteId: note }));
    const svg = await eventually(async () => {
      const answer = await getExport(server.url, workshop.id, 'format=svg&paths=1', token);
      expect(answer.text).toContain('Kertakävijä');
      expect(answer.text).toContain('&lt;script&gt;');
      return answer.text;
    });
    expect(parsesAsSvg(svg)).toBe(true);
    expect(svg).not.toMatch(/<script|<!\[CDATA|\son\w+=/i);
    expect(svg).toContain('▸A1');
    const png = await getExport(server.url, workshop.id, 'format=png&paths=1', token);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-disposition')).toMatch(/-plenary-table-paths\.png"$/);
    expect(inkShare(decodePng(png.bytes))).toBeGreaterThan(0.01);
  });

  test('refuses what an image cannot be, naming the field and the values it takes', async () => {
    const server = await startTestServer();
    const { workshop } = await workshopWithNotes(server.url);
    const token = workshop.sync.tokens.facilitator;
    const cases = {
      'format=gif': { field: 'format', allowed: ['pdf', 'json', 'csv', 'md', 'xlsx', 'png', 'svg'] },
      'format=png&kind=poster': { field: 'kind', allowed: ['table'] },
      'format=svg&paths=yes': { field: 'paths', allowed: ['0', '1'] },
      'format=png&scale=3': { field: 'scale', allowed: ['1', '2'] },
      'format=png&board=group-x': { field: 'board', allowed: ['plenary', 'group-<n>'] },
    };
    for (const [query, refusal] of Object.entries(cases)) {
      const answer = await getExport(server.url, workshop.id, query, token);
      expect(answer.status, query).toBe(400);
      expect(JSON.parse(answer.text), query).toEqual({ error: 'invalid-parameter', ...refusal });
    }
    const unknown = await getExport(server.url, workshop.id, 'format=png&board=group-9', token);
    expect(unknown.status).toBe(400);
    expect(JSON.parse(unknown.text)).toMatchObject({ error: 'unknown-group', field: 'board' });
    const anonymous = await getExport(server.url, workshop.id, 'format=png');
    expect(anonymous.status).toBe(401);
  });
});
